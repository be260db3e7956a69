import type { Knex } from 'knex';
import type { PushNotification } from '../../../infra/push/index.js';
import type { DeliveryRecord } from './deliveryRecord.js';

/**
 * Records the outcomes of claimed keys in one statement, releasing their leases: each row still
 * `sending` (as its claim left it) takes its record; `detail` undefined keeps the row's (a deferral).
 */
export async function recordDeliveries(
  knex: Knex,
  records: readonly { id: string; notification: PushNotification; record: DeliveryRecord }[],
): Promise<void> {
  if (records.length === 0) return;
  const values = records.map(({ id, notification, record }) => ({
    notification_id: id,
    status: record.status,
    keep_detail: record.detail === undefined,
    detail: record.detail ?? null,
    provider_id: record.providerId,
    attempts: record.attempts,
    retry_in_ms: record.retryInMs,
    notification: record.keepNotification ? notification : null,
  }));
  await knex.raw(
    `update push_deliveries d set
       status = v.status,
       detail = case when v.keep_detail then d.detail else v.detail end,
       provider_id = v.provider_id,
       attempts = v.attempts,
       delivered_at = now(),
       claimed_until = null,
       next_attempt_at = case when v.retry_in_ms is null then null
                              else now() + v.retry_in_ms * interval '1 millisecond' end,
       notification = v.notification
     from jsonb_to_recordset(?::jsonb) as v(notification_id text, status text, keep_detail boolean,
       detail text, provider_id text, attempts int, retry_in_ms double precision, notification jsonb)
     where d.notification_id = v.notification_id and d.status = 'sending'`,
    [JSON.stringify(values)],
  );
}
