import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/support/freshDatabase.js';

describe('LISTEN connection', () => {
  const database = freshDatabase();

  it('when the server kills the listening connection, it should reconnect, call onReset and deliver again', async (ctx) => {
    const db = database.db;
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
