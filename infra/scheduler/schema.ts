import type { Knex } from 'knex';
import { withSchemaLock } from '../postgres/index.js';

export const TABLE = 'scheduled_items';
/** NOTIFY channel; the payload is the earliest new due time in epoch milliseconds. */
export const CHANNEL = 'scheduled_items_added';

/**
 * One row per key. Pending rows are found by a partial index on their due time, so the table's
 * history (done, cancelled and dead rows) does not slow the claim down.
 */
export function ensureSchedulerSchema(knex: Knex): Promise<void> {
  return withSchemaLock(knex, TABLE, async (trx) => {
    await trx.raw(`create table if not exists ${TABLE} (
      key text primary key,
      kind text not null,
      payload jsonb not null,
      due_at timestamptz not null,
      status text not null default 'pending' check (status in ('pending', 'done', 'cancelled', 'dead')),
      attempts int not null default 0,
      last_error text,
      created_at timestamptz not null default now(),
      finished_at timestamptz)`);
    // The due time an item had when it last became pending (rescheduleWithin's maxWaitMs).
    await trx.raw(`alter table ${TABLE} add column if not exists first_due_at timestamptz`);
    await trx.raw(`create index if not exists ${TABLE}_due on ${TABLE} (due_at) where status = 'pending'`);
    await trx.raw(
      `create index if not exists ${TABLE}_finished on ${TABLE} (finished_at) where status <> 'pending'`,
    );
  });
}
