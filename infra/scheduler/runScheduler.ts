import { sleep, Waiters } from '../../platform/async/index.js';
import type { Database } from '../postgres/index.js';
import { fireDue } from './fireDue.js';
import type { RunnerOptions, ScheduledHandlers, SchedulerRunner } from './Scheduler.js';
import { CHANNEL, TABLE } from './schema.js';

/** Longest sleep: a safety net for items a crashed runner held locked, and for lost notifications. */
const MAX_SLEEP_MS = 10_000;
const PRUNE_EVERY_MS = 3_600_000;

/**
 * The runner loop: fire due items batch after batch; when none is left, sleep until the earliest
 * pending item that no other runner holds, or until a NOTIFY says an earlier one was scheduled.
 * An idle runner thus runs one indexed query every 10 s at most, and none in between.
 */
export function runScheduler(
  db: Database,
  handlers: ScheduledHandlers,
  options: RunnerOptions = {},
): SchedulerRunner {
  const settings = {
    batchSize: options.batchSize ?? 1000,
    maxAttempts: options.maxAttempts ?? 10,
    backoffMs: options.backoffMs ?? 1000,
    retentionMs: options.retentionMs ?? 7 * 86_400_000,
  };
  const kinds = Object.keys(handlers);
  const controller = new AbortController();
  const waiters = new Waiters();
  // The due time (epoch ms) the runner sleeps towards; Infinity while it works, so that any
  // notification arriving meanwhile makes it look again before sleeping.
  let sleepingUntil = Infinity;
  let wakeRequested = false;
  const wake = () => {
    wakeRequested = true;
    waiters.wakeAll();
  };

  const backoff = (errors: number) => Math.min(settings.backoffMs * 2 ** errors, 30_000);
  const listen = async () => {
    for (let errors = 0; ; errors++) {
      try {
        const onNotify = (payload: string) => {
          if (!(Number(payload) >= sleepingUntil)) wake();
        };
        return await db.listen(CHANNEL, onNotify, wake);
      } catch (error) {
        options.onError?.(error);
        await sleep(backoff(errors), controller.signal);
        if (controller.signal.aborted) return async () => undefined;
      }
    }
  };

  const loop = async () => {
    const unlisten = await listen();
    let isolate = false;
    let errors = 0;
    let prunedAt = 0;
    try {
      while (!controller.signal.aborted) {
        try {
          wakeRequested = false;
          sleepingUntil = Infinity;
          const fired = await fireDue(db.knex, handlers, {
            ...settings,
            isolate,
            onDone: options.onDone,
            onFailure: options.onFailure,
          });
          isolate = fired.failed > 0;
          errors = 0;
          // A full batch, or one that failed (the rest of it is due still): fire again at once.
          // Otherwise the look for the next due item below says whether any is due already.
          if (fired.failed > 0 || fired.claimed >= settings.batchSize) continue;
          if (Date.now() - prunedAt > PRUNE_EVERY_MS) {
            await prune(db, settings.retentionMs);
            prunedAt = Date.now();
          }
          const next = await nextDue(db, kinds);
          sleepingUntil = next?.dueAt ?? Infinity;
          if (wakeRequested || (next && next.inMs <= 0)) continue;
          await waiters.wait(Math.min(next?.inMs ?? MAX_SLEEP_MS, MAX_SLEEP_MS), controller.signal);
        } catch (error) {
          options.onError?.(error);
          await sleep(backoff(errors++), controller.signal);
        }
      }
    } finally {
      await unlisten().catch(() => undefined);
    }
  };
  const running = kinds.length > 0 ? loop() : Promise.resolve();
  return {
    async stop() {
      controller.abort();
      await running;
    },
  };
}

/**
 * The earliest pending item of these kinds that no runner holds (its row lock lasts only this
 * statement), and how long until it is due by the database's clock.
 */
async function nextDue(db: Database, kinds: string[]): Promise<{ dueAt: number; inMs: number } | undefined> {
  const result = await db.knex.raw<{ rows: { due: number | string; in_ms: number | string }[] }>(
    `select extract(epoch from due_at) * 1000 as due,
       extract(epoch from due_at - clock_timestamp()) * 1000 as in_ms
     from ${TABLE} where status = 'pending' and kind = any(?::text[])
     order by due_at limit 1 for update skip locked`,
    [kinds],
  );
  const row = result.rows[0];
  return row && { dueAt: Number(row.due), inMs: Math.ceil(Number(row.in_ms)) };
}

/**
 * Deletes items finished longer ago than the retention. PGlite runs no autovacuum: there the
 * table is vacuumed and analysed here too, so dead rows and stale statistics do not pile up.
 */
async function prune(db: Database, retentionMs: number): Promise<void> {
  await db.knex.raw(
    `delete from ${TABLE} where status in ('done', 'cancelled')
       and finished_at < clock_timestamp() - ? * interval '1 millisecond'`,
    [retentionMs],
  );
  if (db.kind === 'pglite') await db.knex.raw(`vacuum analyze ${TABLE}`);
}
