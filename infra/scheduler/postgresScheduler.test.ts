import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, postgresAvailable } from '../../test/support/testDatabase.js';
import { createPostgresDatabase, type Database } from '../postgres/index.js';
import { createPgliteDatabase } from '../postgres/createPgliteDatabase.js';
import { PostgresScheduler } from './PostgresScheduler.js';
import { describeSchedulerContract, type SchedulerFixture } from './schedulerContract.js';

/** A fixture that opens the database with `openDb` (again on restart) and `cleanUp`s at the end. */
async function fixture(
  openDb: () => Promise<Database>,
  cleanUp: () => Promise<void>,
): Promise<SchedulerFixture> {
  const open = async () => {
    const db = await openDb();
    return { db, scheduler: await PostgresScheduler.open(db) };
  };
  let current = await open();
  const close = async () => {
    await current.scheduler.close();
    await current.db.close();
  };
  return {
    ...current,
    async restart() {
      await close();
      current = await open();
      return current;
    },
    async dispose() {
      await close();
      await cleanUp();
    },
  };
}

describeSchedulerContract('Postgres (pg)', async () => {
  if (!(await postgresAvailable())) return undefined;
  const database = await createTestDatabase();
  return fixture(() => createPostgresDatabase({ connectionString: database.url }), database.drop);
});

describeSchedulerContract('Postgres (PGlite, embedded)', async () => {
  // On disk, so that a restart has something to reopen.
  const dataDir = mkdtempSync(join(tmpdir(), 'scheduler-'));
  return fixture(
    () => createPgliteDatabase({ dataDir }),
    async () => rmSync(dataDir, { recursive: true, force: true }),
  );
});

describe('Postgres scheduler with several runner processes', () => {
  it('when two runners on their own connections race over 1,000 due items, each item should fire exactly once', async (ctx) => {
    if (!(await postgresAvailable())) return ctx.skip();
    const database = await createTestDatabase();
    const dbs: Database[] = [];
    try {
      for (let i = 0; i < 2; i++) dbs.push(await createPostgresDatabase({ connectionString: database.url }));
      const schedulers = await Promise.all(dbs.map((db) => PostgresScheduler.open(db)));
      const calls = new Map<string, number>();
      const byRunner = [0, 0];
      const due = new Date(Date.now() - 1000);
      await schedulers[0]!.scheduleMany(
        Array.from({ length: 1000 }, (_, i) => ({
          key: `race-${i}`,
          kind: 'race',
          dueAt: due,
          payload: { i },
        })),
      );
      const runners = schedulers.map((scheduler, index) =>
        scheduler.run(
          {
            race: async (item) => {
              calls.set(item.key, (calls.get(item.key) ?? 0) + 1);
              byRunner[index]!++;
              // Yield, so that both runners hold batches at the same time.
              await new Promise((resolve) => setImmediate(resolve));
            },
          },
          { batchSize: 25 },
        ),
      );
      await expect.poll(() => calls.size, { timeout: 30_000 }).toBe(1000);
      await Promise.all(runners.map((r) => r.stop()));
      expect([...calls.values()].every((n) => n === 1)).toBe(true);
      expect(byRunner[0]! + byRunner[1]!).toBe(1000);
      expect(byRunner.every((n) => n > 0)).toBe(true);
      const done = await dbs[0]!
        .knex('scheduled_items')
        .where({ status: 'done' })
        .count<{ n: number }[]>('* as n');
      expect(done[0]?.n).toBe(1000);
    } finally {
      for (const db of dbs) await db.close();
      await database.drop();
    }
  }, 60_000);
});

/** A scheduler on a fresh database, `at(s)` a fixed instant plus s seconds. */
async function onFreshScheduler(use: (scheduler: PostgresScheduler, db: Database) => Promise<void>) {
  const database = await createTestDatabase();
  const db = await createPostgresDatabase({ connectionString: database.url });
  try {
    await use(await PostgresScheduler.open(db), db);
  } finally {
    await db.close();
    await database.drop();
  }
}
const at = (s: number) => new Date(Date.UTC(2030, 0, 1, 0, 0, s));

describe('Postgres scheduler: rescheduleWithin (one pending item per key, at its latest time)', () => {
  it('when a key is asked for again, its item should be due at the latest time with the latest payload, pending again once fired, in one statement', async (ctx) => {
    if (!(await postgresAvailable())) return ctx.skip();
    await onFreshScheduler(async (scheduler, db) => {
      const item = (s: number, n: number) => ({ key: 'k', kind: 'tick', dueAt: at(s), payload: { n } });
      const reschedule = (...items: ReturnType<typeof item>[]) =>
        db.knex.transaction(async (trx) => {
          const statements: string[] = [];
          trx.on('query', (query: { sql: string }) => statements.push(query.sql));
          const moved = await PostgresScheduler.rescheduleWithin(trx, items);
          return { moved, statements: statements.filter((sql) => !/^(BEGIN|COMMIT);$/.test(sql)) };
        });

      // Twice in one call: the later one.
      expect(await reschedule(item(10, 1), item(12, 2))).toEqual({
        moved: 1,
        statements: [expect.any(String)],
      });
      expect(await scheduler.get('k')).toMatchObject({ dueAt: at(12), payload: { n: 2 }, status: 'pending' });
      // Later: moved. Earlier (a replay of an older one): left as it is.
      expect((await reschedule(item(15, 3))).moved).toBe(1);
      expect((await reschedule(item(11, 4))).moved).toBe(0);
      expect(await scheduler.get('k')).toMatchObject({ dueAt: at(15), payload: { n: 3 }, status: 'pending' });
      // Fired (done, after a failed attempt): asked for again, it is pending again, attempts reset.
      await db.knex('scheduled_items').where({ key: 'k' }).update({ status: 'done', attempts: 2 });
      expect((await reschedule(item(20, 5))).moved).toBe(1);
      expect(await scheduler.get('k')).toMatchObject({
        dueAt: at(20),
        payload: { n: 5 },
        status: 'pending',
        attempts: 0,
        lastError: null,
      });
    });
  });

  it('when a key is asked for without pause and a maximum wait is given, its item should stay due within that wait of its first time, until it fires', async (ctx) => {
    if (!(await postgresAvailable())) return ctx.skip();
    await onFreshScheduler(async (scheduler, db) => {
      const reschedule = (s: number, n: number) =>
        db.knex.transaction((trx) =>
          PostgresScheduler.rescheduleWithin(
            trx,
            [{ key: 'k', kind: 'tick', dueAt: at(s), payload: { n } }],
            {
              maxWaitMs: 10_000,
            },
          ),
        );
      await reschedule(3, 1);
      await reschedule(8, 2);
      expect(await scheduler.get('k')).toMatchObject({ dueAt: at(8), payload: { n: 2 } });
      // Past 3 s + 10 s: held at 13 s, the newest payload taken.
      expect(await reschedule(14, 3)).toBe(1);
      await reschedule(20, 4);
      expect(await scheduler.get('k')).toMatchObject({ dueAt: at(13), payload: { n: 4 }, status: 'pending' });
      // A replay of an older time still moves nothing.
      expect(await reschedule(9, 5)).toBe(0);
      // Fired: the next request opens a new window from its own time.
      await db.knex('scheduled_items').where({ key: 'k' }).update({ status: 'done' });
      await reschedule(25, 6);
      await reschedule(40, 7);
      expect(await scheduler.get('k')).toMatchObject({ dueAt: at(35), payload: { n: 7 }, status: 'pending' });
      // Without the option, the debounce has no bound (as before).
      await db.knex.transaction((trx) =>
        PostgresScheduler.rescheduleWithin(trx, [
          { key: 'k', kind: 'tick', dueAt: at(50), payload: { n: 8 } },
        ]),
      );
      expect(await scheduler.get('k')).toMatchObject({ dueAt: at(50) });
      await expect(
        db.knex.transaction((trx) =>
          PostgresScheduler.rescheduleWithin(
            trx,
            [{ key: 'k', kind: 'tick', dueAt: at(51), payload: null }],
            {
              maxWaitMs: -1,
            },
          ),
        ),
      ).rejects.toThrow(TypeError);
    });
  });

  it('when an item is rescheduled earlier than the time a runner sleeps towards, the runner should wake and fire it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'scheduler-'));
    const db = await createPgliteDatabase({ dataDir });
    const scheduler = await PostgresScheduler.open(db);
    const fired: unknown[] = [];
    try {
      await scheduler.schedule({
        key: 'later',
        kind: 'tick',
        dueAt: new Date(Date.now() + 60_000),
        payload: 0,
      });
      scheduler.run({ tick: async (item) => void fired.push(item.payload) });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await db.knex.transaction((trx) =>
        PostgresScheduler.rescheduleWithin(trx, [
          { key: 'soon', kind: 'tick', dueAt: new Date(Date.now() + 200), payload: 1 },
        ]),
      );
      await expect.poll(() => fired, { timeout: 5_000 }).toEqual([1]);
    } finally {
      await scheduler.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
