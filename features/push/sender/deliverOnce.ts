import type { Knex } from 'knex';
import type { PushNotification, PushProvider, PushResult } from '../../../infra/push/index.js';

/** What became of one delivery: the provider's answer, or `duplicate` when the ledger had it done. */
export type DeliveryOutcome = PushResult | { status: 'duplicate' };

/**
 * Hands a notification to the provider once, through the `push_deliveries` ledger (one row per
 * delivery key), never holding a transaction across the provider's call:
 * 1. claim: insert the row as `sending` (or find it still `sending`: a crash or a retryable
 *    failure came between an earlier call and its record); a row already done is a duplicate;
 * 2. call the provider with the notification's delivery key (`id`): a repeat after a crash is
 *    de-duplicated by the provider;
 * 3. complete: record the outcome. A retryable failure stays `sending` (its reason kept), so the
 *    next delivery of the message tries again.
 */
export async function deliverOnce(
  deps: { knex: Knex; provider: PushProvider },
  notification: PushNotification,
): Promise<DeliveryOutcome> {
  const { knex, provider } = deps;
  const claimed = await knex('push_deliveries')
    .insert({
      notification_id: notification.id,
      device_id: notification.deviceId,
      provider: provider.name,
      status: 'sending',
    })
    .onConflict('notification_id')
    .merge({ provider: provider.name })
    .where('push_deliveries.status', 'sending')
    .returning('notification_id');
  if (claimed.length === 0) return { status: 'duplicate' };
  const result = await provider.send(notification);
  const retrying = result.status === 'failed' && result.retryable;
  await knex('push_deliveries')
    .where({ notification_id: notification.id, status: 'sending' })
    .update({
      status: retrying ? 'sending' : result.status,
      detail: result.status === 'failed' ? result.reason : null,
      delivered_at: knex.fn.now(),
    });
  return result;
}
