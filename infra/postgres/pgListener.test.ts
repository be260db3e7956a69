import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, postgresAvailable } from '../../test/support/testDatabase.js';
import { createPostgresDatabase } from './createPostgresDatabase.js';
import type { Database } from './Database.js';

describe('LISTEN connection', () => {
  let db: Database | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!(await postgresAvailable())) return;
    const database = await createTestDatabase();
    drop = database.drop;
    db = await createPostgresDatabase({ connectionString: database.url });
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('when the server kills the listening connection, it should reconnect, call onReset and deliver again', async (ctx) => {
    if (!db) return ctx.skip();
    const received: string[] = [];
    let resets = 0;
    await db.listen(
      'test_channel',
      (p) => received.push(p),
      () => resets++,
    );
    await db.knex.raw("select pg_notify('test_channel', 'before')");
    await expect.poll(() => received).toEqual(['before']);

    const killed = await db.knex.raw<{ rows: unknown[] }>(
      "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'eventide-listener' and datname = current_database()",
    );
    expect(killed.rows).toHaveLength(1);
    await expect.poll(() => resets, { timeout: 10_000 }).toBe(1);

    await db.knex.raw("select pg_notify('test_channel', 'after')");
    await expect.poll(() => received, { timeout: 5000 }).toEqual(['before', 'after']);
  });
});
