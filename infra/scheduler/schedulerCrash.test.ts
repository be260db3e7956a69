import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startChild } from '../../test/support/childProcess.js';
import { createTestDatabase, postgresAvailable } from '../../test/support/testDatabase.js';
import { createPostgresDatabase, type Database } from '../postgres/index.js';
import { createPgliteDatabase } from '../postgres/createPgliteDatabase.js';
import { PostgresScheduler } from './PostgresScheduler.js';

interface Target {
  /** Environment for test/support/hangingScheduler.ts. */
  childEnv: Record<string, string>;
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

async function postgresTarget(): Promise<Target | undefined> {
  if (!(await postgresAvailable())) return undefined;
  const database = await createTestDatabase();
  return {
    childEnv: { DATABASE_URL: database.url },
    open: () => createPostgresDatabase({ connectionString: database.url }),
    dispose: () => database.drop(),
  };
}

async function pgliteTarget(): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'scheduler-crash-'));
  return {
    childEnv: { PGLITE_DIR: dataDir },
    open: () => createPgliteDatabase({ dataDir }),
    async dispose() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe.each([
  ['PostgreSQL', postgresTarget],
  ['PGlite on disk', pgliteTarget],
])('a scheduler runner killed mid-batch (%s)', (_name, target) => {
  it('when the runner process is SIGKILLed mid-batch, the batch should fire again after and take effect exactly once', async (ctx) => {
    const t = await target();
    if (!t) return ctx.skip();
    let db = await t.open();
    try {
      await db.knex.raw('create table effects (key text not null)');
      const scheduler = await PostgresScheduler.open(db);
      const past = (ms: number) => new Date(Date.now() - ms);
      await scheduler.scheduleMany([
        { key: 'a', kind: 'crash', dueAt: past(3000), payload: {} },
        { key: 'b', kind: 'crash', dueAt: past(2000), payload: {} },
        { key: 'hang-c', kind: 'crash', dueAt: past(1000), payload: {} },
      ]);
      // PGlite is one process's database: the child opens it once this process has let go.
      if (t.childEnv.PGLITE_DIR) await db.close();
      const child = startChild('test/support/hangingScheduler.ts', t.childEnv);
      try {
        await child.waitFor('ran hang-c', 60_000);
        expect(child.output()).toContain('ran a');
      } finally {
        await child.kill('SIGKILL');
      }
      if (t.childEnv.PGLITE_DIR) db = await t.open();

      const again = await PostgresScheduler.open(db);
      const runner = again.run({
        crash: async (item, { trx }) => {
          await trx('effects').insert({ key: item.key });
        },
      });
      await expect.poll(async () => (await again.get('hang-c'))?.status, { timeout: 20_000 }).toBe('done');
      await runner.stop();
      const effects = await db.knex('effects').select<{ key: string }[]>('key').orderBy('key');
      expect(effects.map((e) => e.key)).toEqual(['a', 'b', 'hang-c']);
    } finally {
      await db.close();
      await t.dispose();
    }
  }, 90_000);
});
