import type { Knex } from 'knex';
import type { Database } from '../postgres/index.js';
import { rowToItem, type ScheduledRow } from './rowToItem.js';
import { runScheduler } from './runScheduler.js';
import type {
  RunnerOptions,
  ScheduledHandlers,
  ScheduledItem,
  ScheduleItem,
  Scheduler,
  SchedulerRunner,
} from './Scheduler.js';
import { CHANNEL, ensureSchedulerSchema, TABLE } from './schema.js';

const INSERT_CHUNK = 1000;

function checked(item: ScheduleItem): ScheduleItem {
  if (typeof item.key !== 'string' || item.key.length === 0)
    throw new TypeError('A scheduled key is required');
  if (typeof item.kind !== 'string' || item.kind.length === 0)
    throw new TypeError('A scheduled kind is required');
  if (!(item.dueAt instanceof Date) || Number.isNaN(item.dueAt.getTime()))
    throw new TypeError(`Scheduled item ${item.key}: dueAt must be a valid Date`);
  return item;
}

/**
 * The scheduler on a Postgres table (`scheduled_items`), on a server or on PGlite alike. See
 * `fireDue` for how items are claimed exactly once and `runScheduler` for how runners sleep.
 */
export class PostgresScheduler implements Scheduler {
  private readonly runners = new Set<SchedulerRunner>();

  private constructor(private readonly db: Database) {}

  static async open(db: Database): Promise<PostgresScheduler> {
    await ensureSchedulerSchema(db.knex);
    return new PostgresScheduler(db);
  }

  async schedule(item: ScheduleItem): Promise<boolean> {
    return (await this.scheduleMany([item])) === 1;
  }

  scheduleMany(items: readonly ScheduleItem[]): Promise<number> {
    return this.db.knex.transaction((trx) => PostgresScheduler.scheduleWithin(trx, items));
  }

  /**
   * Schedules inside a caller's transaction (a projection's, or a handler's): the items exist
   * exactly when it commits. Returns how many keys were new.
   */
  static async scheduleWithin(trx: Knex.Transaction, items: readonly ScheduleItem[]): Promise<number> {
    let created = 0;
    let earliest = Infinity;
    for (let i = 0; i < items.length; i += INSERT_CHUNK) {
      const rows = items.slice(i, i + INSERT_CHUNK).map((item) => {
        const { key, kind, payload, dueAt } = checked(item);
        return { key, kind, payload: JSON.stringify(payload ?? null), due_at: dueAt.toISOString() };
      });
      const inserted = await trx(TABLE)
        .insert(rows)
        .onConflict('key')
        .ignore()
        .returning<{ due_at: Date | string }[]>('due_at');
      created += inserted.length;
      for (const row of inserted) earliest = Math.min(earliest, new Date(row.due_at).getTime());
    }
    // Delivered at commit; runners sleeping past this time wake up.
    if (created > 0) await trx.raw('select pg_notify(?, ?)', [CHANNEL, String(earliest)]);
    return created;
  }

  /**
   * Schedules inside a caller's transaction, each key's item due at the latest time asked for:
   * an item of the key that is due no later than `dueAt` (pending, or already fired, dead or
   * cancelled) is due again at `dueAt` with the new kind and payload, its attempts reset; one
   * due later is left as it is. One statement, its wake-up notification included. A debounce:
   * however often a key is asked for, one item is pending, for its latest time. Returns how many
   * keys were created or moved. Such a key fires once each time it is moved after firing, so its
   * handler must not take a second run of the key for a repeat.
   *
   * `maxWaitMs` bounds the debounce (as lodash's `maxWait`): a pending item is never due later than
   * its first due time since it last became pending plus `maxWaitMs`, so a key asked for without
   * pause still fires; asked for again past that bound, it keeps its time and takes the new payload.
   */
  static async rescheduleWithin(
    trx: Knex.Transaction,
    items: readonly ScheduleItem[],
    options: { maxWaitMs?: number } = {},
  ): Promise<number> {
    const latest = new Map<string, ScheduleItem>();
    for (const item of items.map(checked)) {
      const seen = latest.get(item.key);
      if (!seen || seen.dueAt <= item.dueAt) latest.set(item.key, item);
    }
    if (latest.size === 0) return 0;
    const rows = [...latest.values()];
    const { maxWaitMs } = options;
    if (maxWaitMs !== undefined && !(Number.isSafeInteger(maxWaitMs) && maxWaitMs >= 0))
      throw new TypeError('maxWaitMs must be a whole number of milliseconds, 0 or more');
    const maxWait = maxWaitMs ?? null;
    const result = await trx.raw<{ rows: { moved: number | string }[] }>(
      `with moved as (
         insert into ${TABLE} (key, kind, payload, due_at, first_due_at)
         select key, kind, payload, due_at, due_at
           from unnest(?::text[], ?::text[], ?::jsonb[], ?::timestamptz[]) as asked(key, kind, payload, due_at)
         on conflict (key) do update set kind = excluded.kind, payload = excluded.payload,
           due_at = case when ${TABLE}.status = 'pending' and ?::bigint is not null
             then least(excluded.due_at, greatest(${TABLE}.due_at,
               coalesce(${TABLE}.first_due_at, ${TABLE}.due_at) + ?::bigint * interval '1 millisecond'))
             else excluded.due_at end,
           first_due_at = case when ${TABLE}.status = 'pending'
             then coalesce(${TABLE}.first_due_at, ${TABLE}.due_at) else excluded.due_at end,
           status = 'pending', attempts = 0, last_error = null, finished_at = null
         where ${TABLE}.due_at <= excluded.due_at
         returning due_at)
       select count(*) as moved, pg_notify(?, (floor(extract(epoch from min(due_at)) * 1000))::bigint::text)
         from moved having count(*) > 0`,
      [
        rows.map((item) => item.key),
        rows.map((item) => item.kind),
        rows.map((item) => JSON.stringify(item.payload ?? null)),
        rows.map((item) => item.dueAt.toISOString()),
        maxWait,
        maxWait,
        CHANNEL,
      ],
    );
    return Number(result.rows[0]?.moved ?? 0);
  }

  async cancel(key: string): Promise<boolean> {
    // An item being fired holds its row lock: this waits for that runner, then finds it done.
    const count = await this.db
      .knex(TABLE)
      .where({ key, status: 'pending' })
      .update({ status: 'cancelled', finished_at: this.db.knex.raw('clock_timestamp()') });
    return count === 1;
  }

  async get(key: string): Promise<ScheduledItem | undefined> {
    const row = await this.db.knex<ScheduledRow>(TABLE).where({ key }).first();
    return row && rowToItem(row);
  }

  async deadLetters(limit = 100): Promise<ScheduledItem[]> {
    const rows = await this.db
      .knex<ScheduledRow>(TABLE)
      .where({ status: 'dead' })
      .orderBy('due_at')
      .limit(limit);
    return rows.map(rowToItem);
  }

  async retryDead(key: string): Promise<boolean> {
    const count = await this.db.knex.transaction(async (trx) => {
      const updated = await trx(TABLE)
        .where({ key, status: 'dead' })
        .update({ status: 'pending', attempts: 0, finished_at: null, due_at: trx.raw('clock_timestamp()') });
      if (updated > 0) await trx.raw('select pg_notify(?, ?)', [CHANNEL, '0']);
      return updated;
    });
    return count === 1;
  }

  run(handlers: ScheduledHandlers, options?: RunnerOptions): SchedulerRunner {
    const runner = runScheduler(this.db, handlers, options);
    this.runners.add(runner);
    return {
      stop: async () => {
        this.runners.delete(runner);
        await runner.stop();
      },
    };
  }

  /** Stops the runners started here; the database stays open (its owner closes it). */
  async close(): Promise<void> {
    await Promise.all([...this.runners].map((runner) => runner.stop()));
    this.runners.clear();
  }
}
