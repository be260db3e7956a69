import { describe, expect, it } from 'vitest';
import { createPostgresDatabase } from '../../infra/postgres/index.js';
import { PostgresScheduler } from '../../infra/scheduler/index.js';
import { startChild } from '../support/childProcess.js';
import { createTestDatabase, postgresAvailable } from '../support/testDatabase.js';

/** Runs `npm run projections -- <args>` against a database and returns what it printed. */
async function admin(databaseUrl: string, args: string[], done: string): Promise<string> {
  const child = startChild(
    'bin/projectionsAdmin.ts',
    { DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
    args,
  );
  try {
    await child.waitFor(done, 60_000);
    return child.output();
  } finally {
    await new Promise<void>((resolve) =>
      child.process.exitCode === null ? child.process.once('exit', () => resolve()) : resolve(),
    );
  }
}

describe('scheduler operations', () => {
  it('when an item is dead-lettered, the admin command should list it and put it back on request', async (ctx) => {
    if (!(await postgresAvailable())) return ctx.skip();
    const database = await createTestDatabase();
    const db = await createPostgresDatabase({ connectionString: database.url });
    try {
      const scheduler = await PostgresScheduler.open(db);
      await scheduler.schedule({ key: 'doomed-reminder', kind: 'remind', dueAt: new Date(0), payload: {} });
      const runner = scheduler.run(
        {
          remind: async () => {
            throw new Error('mail server down');
          },
        },
        { maxAttempts: 1 },
      );
      await expect
        .poll(async () => (await scheduler.get('doomed-reminder'))?.status, { timeout: 10_000 })
        .toBe('dead');
      await runner.stop();

      const listed = await admin(database.url, ['scheduled-dead'], 'dead scheduled item(s)');
      expect(listed).toContain('doomed-reminder');
      expect(listed).toContain('Error: mail server down');
      expect(listed).toContain('1 dead scheduled item(s)');

      const retried = await admin(database.url, ['scheduled-retry', 'doomed-reminder'], 'due again');
      expect(retried).toContain('scheduled item doomed-reminder is due again');
      expect(await scheduler.get('doomed-reminder')).toMatchObject({ status: 'pending', attempts: 0 });
    } finally {
      await db.close();
      await database.drop();
    }
  }, 120_000);
});
