import type { Knex } from 'knex';
import type { PushNotification, PushProvider, PushResult } from '../../../infra/push/index.js';
import { attemptClaimed } from './attemptClaimed.js';
import type { CircuitBreakers } from './CircuitBreakers.js';
import { recordDeliveries } from './recordDeliveries.js';
import type { RetryPolicy } from './retryPolicy.js';

/**
 * What became of one delivery: the provider's answer when it was final (`failed` then means
 * dead-lettered), `retrying` when a retryable failure was given a next attempt, `deferred` when
 * the provider's circuit breaker is open, `duplicate` when the ledger had it done, `scheduled`
 * when its next attempt is the retry loop's (a redelivered copy of a message that failed before).
 */
export type DeliveryOutcome =
  | PushResult
  | { status: 'duplicate' }
  | { status: 'scheduled' }
  | { status: 'retrying'; attempts: number; reason: string; retryInMs: number }
  | { status: 'deferred'; retryInMs: number };

/** How long a claim keeps other senders off a key unless an option says otherwise. */
export const DEFAULT_DELIVERY_LEASE_MS = 60_000;

export interface DeliveryDeps {
  knex: Knex;
  provider: PushProvider;
  leaseMs?: number;
  retry?: RetryPolicy;
  /** Per-provider circuit breakers; none: every send goes. */
  breakers?: CircuitBreakers;
  /** In [0, 1): the jitter of retry delays (tests pass their own). */
  random?: () => number;
}

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
 *    crash between an earlier call and its record), or a `retrying` row whose next attempt is
 *    due. A row done (`sent`, `invalid_token`, `failed`: dead-lettered) is a duplicate; a
 *    `retrying` row not due yet is `scheduled` (the retry loop sends it then); a row under another
 *    sender's lease throws DeliveryInProgressError (retryable), so two senders never call the
 *    provider for one key at once;
 * 2. then `deliverClaimed`: the breaker, the provider's call, the record.
 */
export async function deliverOnce(
  deps: DeliveryDeps,
  notification: PushNotification,
): Promise<DeliveryOutcome> {
  const { knex, provider, leaseMs = DEFAULT_DELIVERY_LEASE_MS } = deps;
  const providerName = provider.nameFor?.(notification) ?? provider.name;
  const claimedUntil = knex.raw(`now() + ? * interval '1 millisecond'`, [leaseMs]);
  const claimed = await knex('push_deliveries')
    .insert({
      notification_id: notification.id,
      device_id: notification.deviceId,
      request_id: notification.notificationId ?? null,
      user_id: notification.userId,
      provider: providerName,
      status: 'sending',
      claimed_until: claimedUntil,
    })
    .onConflict('notification_id')
    .merge({ provider: providerName, status: 'sending', claimed_until: claimedUntil })
    .where((free) =>
      free
        .where((open) =>
          open
            .where('push_deliveries.status', 'sending')
            .andWhere((lease) =>
              lease
                .whereNull('push_deliveries.claimed_until')
                .orWhere('push_deliveries.claimed_until', '<=', knex.fn.now()),
            ),
        )
        .orWhere((due) =>
          due
            .where('push_deliveries.status', 'retrying')
            .andWhere('push_deliveries.next_attempt_at', '<=', knex.fn.now()),
        ),
    )
    .returning<{ attempts: number }[]>('attempts');
  const row = claimed[0];
  if (!row) {
    const current = await knex('push_deliveries')
      .where({ notification_id: notification.id })
      .first<{ status: string } | undefined>('status');
    if (current?.status === 'sending') throw new DeliveryInProgressError(notification.id);
    if (current?.status === 'retrying') return { status: 'scheduled' };
    return { status: 'duplicate' };
  }
  return deliverClaimed(deps, notification, Number(row.attempts));
}

/**
 * Sends a notification whose ledger row this sender has claimed (`attempts`: failed calls so far):
 * 1. the provider's breaker: while open, the row goes back to `retrying` until it may close
 *    (`deferred`; no attempt is counted, the provider is not called);
 * 2. the provider's call with the delivery key (`id`): a repeat after a crash carries the same
 *    collapse id, so the device replaces rather than duplicates it;
 * 3. the record, releasing the lease: `sent` or `invalid_token`; a retryable failure becomes
 *    `retrying` with `next_attempt_at` after a backoff (retryPolicy) and the notification kept
 *    for the retry loop; a failure for good, or the last attempt's, is `failed`: a dead letter
 *    with its reason and the notification, which ops may replay. A call that throws keeps the
 *    lease (its outcome is unknown), as a crash does: the key waits for the lease to expire.
 */
export async function deliverClaimed(
  deps: DeliveryDeps,
  notification: PushNotification,
  attempts: number,
): Promise<DeliveryOutcome> {
  const { record, outcome } = await attemptClaimed(deps, notification, attempts);
  await recordDeliveries(deps.knex, [{ id: notification.id, notification, record }]);
  return outcome;
}
