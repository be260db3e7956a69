import type { Knex } from 'knex';
import type { PushNotification } from '../../../infra/push/index.js';
import { Waiters } from '../../../platform/async/index.js';
import {
  DEFAULT_DELIVERY_LEASE_MS,
  deliverClaimed,
  type DeliveryDeps,
  type DeliveryOutcome,
} from './deliverOnce.js';

/**
 * Claims ledger rows whose next attempt is due: `retrying` ones (a retryable failure, a deferral
 * by an open breaker, a replayed dead letter) and `sending` ones of an earlier retry whose sender
 * died (lease over). `FOR UPDATE SKIP LOCKED` in one statement, so sender processes take disjoint
 * rows; each claimed row is `sending` under a lease, as a claim by the bus path is.
 */
export async function claimDueRetries(
  knex: Knex,
  limit: number,
  leaseMs = DEFAULT_DELIVERY_LEASE_MS,
): Promise<{ notification: PushNotification; attempts: number }[]> {
  const result = await knex.raw<{ rows: { notification: PushNotification | string; attempts: number }[] }>(
    `update push_deliveries set status = 'sending', claimed_until = now() + ? * interval '1 millisecond'
     where notification_id = any(array(
       select notification_id from push_deliveries
       where next_attempt_at <= now() and notification is not null
         and (status = 'retrying' or (status = 'sending' and claimed_until <= now()))
       order by next_attempt_at limit ? for update skip locked))
     returning notification, attempts`,
    [leaseMs, limit],
  );
  return result.rows.map((row) => ({
    notification:
      typeof row.notification === 'string'
        ? (JSON.parse(row.notification) as PushNotification)
        : row.notification,
    attempts: Number(row.attempts),
  }));
}

/**
 * Milliseconds until the earliest retry is due (0 or less: now), undefined when none waits; a row
 * another sender is retrying counts from the end of its lease.
 */
async function nextRetryInMs(knex: Knex): Promise<number | undefined> {
  const result = await knex.raw<{ rows: { in_ms: number | string | null }[] }>(
    `select extract(epoch from min(case when status = 'sending' then greatest(next_attempt_at, claimed_until)
       else next_attempt_at end) - clock_timestamp()) * 1000 as in_ms
     from push_deliveries where next_attempt_at is not null and notification is not null`,
  );
  const inMs = result.rows[0]?.in_ms;
  return inMs === null || inMs === undefined ? undefined : Math.ceil(Number(inMs));
}

export interface RetryLoopOptions {
  /** Rows claimed per pass. */
  batchSize?: number;
  /** Longest sleep: how soon a retry scheduled by another process (a replay) is seen. */
  pollMs?: number;
  onOutcome?(notification: PushNotification, outcome: DeliveryOutcome): void | Promise<void>;
  onError?(error: unknown): void;
}

/**
 * The retry loop of a sender process: sleeps until the earliest due retry (at most `pollMs`;
 * `wake()` cuts it short when this process schedules one), claims due rows and sends each through
 * `deliverClaimed`. A failed attempt is not thrown back to the bus, so a key waiting for its
 * backoff holds up no other device's notifications, and the provider is not called again before
 * its time.
 */
export function startRetryLoop(deps: DeliveryDeps, options: RetryLoopOptions = {}) {
  const { batchSize = 100, pollMs = 5_000 } = options;
  const controller = new AbortController();
  const waiters = new Waiters();
  let errors = 0;
  const loop = (async () => {
    while (!controller.signal.aborted) {
      try {
        const due = await claimDueRetries(deps.knex, batchSize, deps.leaseMs);
        await Promise.all(
          due.map(async ({ notification, attempts }) => {
            try {
              // Sent first: `onOutcome?.(…, await …)` would skip the send when there is no callback.
              const outcome = await deliverClaimed(deps, notification, attempts);
              await options.onOutcome?.(notification, outcome);
            } catch (error) {
              options.onError?.(error);
            }
          }),
        );
        errors = 0;
        if (due.length === batchSize) continue;
        const inMs = await nextRetryInMs(deps.knex);
        if (inMs !== undefined && inMs <= 0) continue;
        await waiters.wait(Math.min(inMs ?? pollMs, pollMs), controller.signal);
      } catch (error) {
        options.onError?.(error);
        await waiters.wait(Math.min(pollMs, 200 * 2 ** errors++), controller.signal);
      }
    }
  })();
  return {
    /** Looks again now (a retry was scheduled, a dead letter replayed, in this process). */
    wake: () => waiters.wakeAll(),
    async stop(): Promise<void> {
      controller.abort();
      await loop;
    },
  };
}
