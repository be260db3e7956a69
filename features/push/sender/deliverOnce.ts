import type { Knex } from 'knex';
import type { PushNotification, PushProvider, PushResult } from '../../../infra/push/index.js';

/** What became of one delivery: the provider's answer, or `duplicate` when the ledger had it done. */
export type DeliveryOutcome = PushResult | { status: 'duplicate' };

/** How long a claim keeps other senders off a key unless an option says otherwise. */
export const DEFAULT_DELIVERY_LEASE_MS = 60_000;

/**
 * Another sender holds the key's claim (its provider call may be in flight): retryable, so the
 * bus delivers the message again later, when the claim is done or its lease has expired.
 */
export class DeliveryInProgressError extends Error {
  readonly retryable = true;
  constructor(readonly notificationId: string) {
    super(`push ${notificationId} is being sent by another sender`);
    this.name = 'DeliveryInProgressError';
  }
}

/**
 * Hands a notification to the provider once, through the `push_deliveries` ledger (one row per
 * delivery key), never holding a transaction across the provider's call:
 * 1. claim: insert the row as `sending` with a lease (`claimed_until`, `leaseMs` from the
 *    database's now()), or take over a row still `sending` whose lease is over or released (a
 *    crash between an earlier call and its record, or a retryable failure). A row done is a
 *    duplicate; a row under another sender's lease throws DeliveryInProgressError (retryable), so
 *    two senders never call the provider for one key at once;
 * 2. call the provider with the notification's delivery key (`id`): a repeat after a crash is
 *    de-duplicated by the provider;
 * 3. complete: record the outcome and release the lease. A retryable failure stays `sending` (its
 *    reason kept), so the next delivery of the message tries again. A call that throws keeps the
 *    lease (its outcome is unknown), as a crash does: the key waits for the lease to expire.
 */
export async function deliverOnce(
  deps: { knex: Knex; provider: PushProvider; leaseMs?: number },
  notification: PushNotification,
): Promise<DeliveryOutcome> {
  const { knex, provider, leaseMs = DEFAULT_DELIVERY_LEASE_MS } = deps;
  const providerName = provider.nameFor?.(notification) ?? provider.name;
  const claimedUntil = knex.raw(`now() + ? * interval '1 millisecond'`, [leaseMs]);
  const claimed = await knex('push_deliveries')
    .insert({
      notification_id: notification.id,
      device_id: notification.deviceId,
      provider: providerName,
      status: 'sending',
      claimed_until: claimedUntil,
    })
    .onConflict('notification_id')
    .merge({ provider: providerName, claimed_until: claimedUntil })
    .where('push_deliveries.status', 'sending')
    .andWhere((free) =>
      free
        .whereNull('push_deliveries.claimed_until')
        .orWhere('push_deliveries.claimed_until', '<=', knex.fn.now()),
    )
    .returning('notification_id');
  if (claimed.length === 0) {
    const row = await knex('push_deliveries')
      .where({ notification_id: notification.id })
      .first<{ status: string } | undefined>('status');
    if (row?.status === 'sending') throw new DeliveryInProgressError(notification.id);
    return { status: 'duplicate' };
  }
  const result = await provider.send(notification);
  const retrying = result.status === 'failed' && result.retryable;
  await knex('push_deliveries')
    .where({ notification_id: notification.id, status: 'sending' })
    .update({
      status: retrying ? 'sending' : result.status,
      detail: result.status === 'failed' ? result.reason : null,
      delivered_at: knex.fn.now(),
      claimed_until: null,
    });
  return result;
}
