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
