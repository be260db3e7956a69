import type { PushNotification } from '../../../infra/push/index.js';
import { ConcurrencyLimit } from '../../../platform/async/index.js';
import {
  DEFAULT_DELIVERY_LEASE_MS,
  DeliveryInProgressError,
  type DeliveryDeps,
  type DeliveryOutcome,
} from './deliverOnce.js';
import { recordDeliveries } from './recordDeliveries.js';
import { attemptClaimed } from './attemptClaimed.js';
import type { DeliveryRecord } from './deliveryRecord.js';

/** One notification of a batch: its outcome, or why its message must come again. */
export type BatchDelivery =
  | { notification: PushNotification; outcome: DeliveryOutcome }
  | { notification: PushNotification; error: unknown };

export interface BatchDeliveryDeps extends DeliveryDeps {
  /** Provider calls in flight at once (shared by every batch given the same limit). */
  sends?: ConcurrencyLimit;
}

/** How each key of a batch stands after the claim: claimed (with its failed calls so far), or its status. */
interface ClaimRow {
  notification_id: string;
  attempts: number | null;
  status: string | null;
}

/**
 * deliverOnce for a batch, in three statements whatever its size: the claim of every key (one
 * insert … on conflict do update, with deliverOnce's conditions), the provider calls of the
 * claimed keys concurrently (under `sends` and each provider's breaker), and the record of all
 * their outcomes (one update). No transaction is held across the calls. Per key, the outcome is
 * deliverOnce's: a key done is a `duplicate`, a retry not due yet is `scheduled`, a key under
 * another sender's lease (or a call that threw: its outcome is unknown, so the lease is kept) is
 * an error, for the caller to have the message delivered again. A key repeated in the batch is
 * handled once; its copies are duplicates.
 */
export async function deliverBatch(
  deps: BatchDeliveryDeps,
  notifications: readonly PushNotification[],
): Promise<BatchDelivery[]> {
  const unique = new Map<string, PushNotification>();
  for (const n of notifications) if (!unique.has(n.id)) unique.set(n.id, n);
  const claims = await claimBatch(deps, [...unique.values()]);
  const results = new Map<string, BatchDelivery>();
  const records = new Map<string, DeliveryRecord>();
  const sends = deps.sends ?? new ConcurrencyLimit(Math.max(1, unique.size));
  await Promise.all(
    [...unique.values()].map(async (notification) => {
      const claim = claims.get(notification.id);
      if (!claim || claim.attempts === null) {
        results.set(notification.id, { notification, ...unclaimed(notification, claim?.status ?? null) });
        return;
      }
      const attempts = Number(claim.attempts);
      try {
        const { record, outcome } = await sends.run(() => attemptClaimed(deps, notification, attempts));
        records.set(notification.id, record);
        results.set(notification.id, { notification, outcome });
      } catch (error) {
        results.set(notification.id, { notification, error });
      }
    }),
  );
  await recordDeliveries(
    deps.knex,
    [...records].map(([id, record]) => ({ id, notification: unique.get(id)!, record })),
  );
  const seen = new Set<string>();
  return notifications.map((notification) => {
    if (seen.has(notification.id)) return { notification, outcome: { status: 'duplicate' } };
    seen.add(notification.id);
    return results.get(notification.id)!;
  });
}

/** A key not claimed: deliverOnce's answer for the row as it stands. */
function unclaimed(
  notification: PushNotification,
  status: string | null,
): { outcome: DeliveryOutcome } | { error: unknown } {
  // No row seen: another sender's claim committed while this one ran; it is sending it.
  if (status === 'sending' || status === null) return { error: new DeliveryInProgressError(notification.id) };
  if (status === 'retrying') return { outcome: { status: 'scheduled' } };
  return { outcome: { status: 'duplicate' } };
}

/**
 * Claims every key of the batch in one statement, as deliverOnce claims one: a new key is inserted
 * as `sending` under a lease; an existing row is taken over only when it is `sending` with its lease
 * over (or released), or `retrying` and due. The statement's snapshot tells how the other keys stand.
 */
async function claimBatch(
  deps: BatchDeliveryDeps,
  notifications: readonly PushNotification[],
): Promise<Map<string, ClaimRow>> {
  if (notifications.length === 0) return new Map();
  const { knex, provider, leaseMs = DEFAULT_DELIVERY_LEASE_MS } = deps;
  const input = notifications.map((n) => ({
    notification_id: n.id,
    device_id: n.deviceId,
    request_id: n.notificationId ?? null,
    user_id: n.userId,
    provider: provider.nameFor?.(n) ?? provider.name,
  }));
  const result = await knex.raw<{ rows: ClaimRow[] }>(
    `with input as (
       select * from jsonb_to_recordset(?::jsonb)
         as t(notification_id text, device_id uuid, request_id text, user_id text, provider text)
     ), claimed as (
       insert into push_deliveries as d
         (notification_id, device_id, request_id, user_id, provider, status, claimed_until)
       select notification_id, device_id, request_id, user_id, provider, 'sending',
              now() + ? * interval '1 millisecond'
       from input
       -- Keys locked in one order by every sender: two overlapping batches cannot deadlock.
       order by notification_id
       on conflict (notification_id) do update
         set provider = excluded.provider, status = 'sending', claimed_until = excluded.claimed_until
         where (d.status = 'sending' and (d.claimed_until is null or d.claimed_until <= now()))
            or (d.status = 'retrying' and d.next_attempt_at <= now())
       returning d.notification_id, d.attempts
     )
     select i.notification_id, c.attempts, p.status
     from input i
     left join claimed c on c.notification_id = i.notification_id
     left join push_deliveries p on p.notification_id = i.notification_id`,
    [JSON.stringify(input), leaseMs],
  );
  return new Map(result.rows.map((row) => [row.notification_id, row]));
}
