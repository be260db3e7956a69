import type { Knex } from 'knex';
import { isTransientError } from '../../platform/errors/index.js';
import { rowToDueItem, type ScheduledRow } from './rowToItem.js';
import type { DueItem, ScheduledHandlers } from './Scheduler.js';
import { TABLE } from './schema.js';

export interface FireOptions {
  batchSize: number;
  maxAttempts: number;
  backoffMs: number;
  /** Run each item in its own savepoint (after a failure), instead of the batch all or nothing. */
  isolate: boolean;
  onDone?(items: readonly DueItem[]): void;
  onFailure?(item: DueItem, error: unknown, dead: boolean): void;
}

export interface FireResult {
  claimed: number;
  failed: number;
}

const MAX_BACKOFF_MS = 3_600_000;
const SAVEPOINT = 'scheduled_item';

/**
 * One pass: claims up to `batchSize` due items of the handlers' kinds (`FOR UPDATE SKIP LOCKED`,
 * so concurrent runners take disjoint items), runs their handlers and marks them done, all in
 * one transaction. A runner that dies mid-batch rolls back and its items are claimed again.
 *
 * Fast path: the batch is all or nothing. When a handler throws, the transaction rolls back and
 * only that item's failure is recorded; the caller then passes `isolate` for the next pass, which
 * runs each item in a savepoint so one failure no longer undoes the others. A transient error
 * (the database is unwell) is thrown: nothing is recorded and the caller retries later.
 */
export async function fireDue(
  knex: Knex,
  handlers: ScheduledHandlers,
  options: FireOptions,
): Promise<FireResult> {
  const kinds = Object.keys(handlers);
  const run = (row: ScheduledRow, trx: Knex.Transaction) => {
    const handler = handlers[row.kind];
    if (!handler) throw new Error(`No handler for scheduled kind ${row.kind}`);
    return handler(rowToDueItem(row), { trx });
  };
  if (options.isolate) return fireIsolated(knex, kinds, run, options);

  let failing: { row: ScheduledRow; error: unknown } | undefined;
  try {
    const rows = await knex.transaction(async (trx) => {
      // Marked done as they are claimed: if a handler throws, the whole transaction rolls back.
      const rows = await claimAsDone(trx, kinds, options.batchSize);
      for (const row of rows) {
        try {
          await run(row, trx);
        } catch (error) {
          failing = { row, error };
          throw error;
        }
      }
      return rows;
    });
    if (rows.length > 0) options.onDone?.(rows.map(rowToDueItem));
    return { claimed: rows.length, failed: 0 };
  } catch (error) {
    if (!failing || isTransientError(failing.error)) throw error;
  }
  const { row, error } = failing;
  await knex.transaction((trx) => recordFailure(trx, row, error, options));
  return { claimed: 1, failed: 1 };
}

async function fireIsolated(
  knex: Knex,
  kinds: string[],
  run: (row: ScheduledRow, trx: Knex.Transaction) => Promise<void>,
  options: FireOptions,
): Promise<FireResult> {
  const result = await knex.transaction(async (trx) => {
    const rows = await claim(trx, kinds, options.batchSize);
    const done: ScheduledRow[] = [];
    let failed = 0;
    // A savepoint survives a rollback to it, so the item after a failure reuses it.
    let established = false;
    for (const row of rows) {
      if (!established) await trx.raw(`savepoint ${SAVEPOINT}`);
      established = true;
      try {
        await run(row, trx);
        await trx.raw(`release savepoint ${SAVEPOINT}`);
        established = false;
        done.push(row);
      } catch (error) {
        if (isTransientError(error)) throw error;
        await trx.raw(`rollback to savepoint ${SAVEPOINT}`);
        await recordFailure(trx, row, error, options);
        failed++;
      }
    }
    await markDone(trx, done);
    return { claimed: rows.length, failed, done };
  });
  if (result.done.length > 0) options.onDone?.(result.done.map(rowToDueItem));
  return { claimed: result.claimed, failed: result.failed };
}

// `now()` (the transaction's start) rather than `clock_timestamp()`: a stable bound, so the
// partial index on due_at can serve it.
const DUE = `status = 'pending' and due_at <= now() and kind = any(?::text[])`;

function claim(trx: Knex.Transaction, kinds: string[], limit: number): Promise<ScheduledRow[]> {
  return trx
    .raw<{ rows: ScheduledRow[] }>(
      `select key, kind, payload, due_at, status, attempts, last_error from ${TABLE}
       where ${DUE} order by due_at limit ? for update skip locked`,
      [kinds, limit],
    )
    .then((result) => result.rows);
}

/**
 * Claims and marks done in one statement; the rows come back as they were before, in due order
 * (an UPDATE returns its rows in no particular order). `key = any(array(…))` keeps the plan at
 * two index scans of `batchSize` rows, where `key in (…)` may join against the whole table.
 */
function claimAsDone(trx: Knex.Transaction, kinds: string[], limit: number): Promise<ScheduledRow[]> {
  return trx
    .raw<{ rows: ScheduledRow[] }>(
      `update ${TABLE} set status = 'done', attempts = attempts + 1, finished_at = clock_timestamp()
       where key = any(array(select key from ${TABLE} where ${DUE} order by due_at limit ? for update skip locked))
       returning key, kind, payload, due_at, 'pending' as status, attempts - 1 as attempts, last_error`,
      [kinds, limit],
    )
    .then((result) => result.rows.sort((a, b) => +new Date(a.due_at) - +new Date(b.due_at)));
}

async function markDone(trx: Knex.Transaction, rows: readonly ScheduledRow[]): Promise<void> {
  if (rows.length === 0) return;
  await trx.raw(
    `update ${TABLE} set status = 'done', attempts = attempts + 1, finished_at = clock_timestamp()
     where key = any(?::text[])`,
    [rows.map((row) => row.key)],
  );
}

/**
 * Counts a failed run: the item is due again after a doubling backoff, or dead-lettered at its
 * last attempt. The `attempts` check makes this a no-op if another runner got there first.
 */
async function recordFailure(
  trx: Knex.Transaction,
  row: ScheduledRow,
  error: unknown,
  options: FireOptions,
): Promise<void> {
  const dead = row.attempts + 1 >= options.maxAttempts;
  const delayMs = Math.min(options.backoffMs * 2 ** row.attempts, MAX_BACKOFF_MS);
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  await trx.raw(
    `update ${TABLE} set attempts = attempts + 1, last_error = ?,
       status = case when ? then 'dead' else status end,
       finished_at = case when ? then clock_timestamp() else finished_at end,
       due_at = case when ? then due_at else clock_timestamp() + ? * interval '1 millisecond' end
     where key = ? and status = 'pending' and attempts = ?`,
    [message.slice(0, 2000), dead, dead, dead, delayMs, row.key, row.attempts],
  );
  options.onFailure?.(rowToDueItem(row), error, dead);
}
