import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, type Database } from '../../postgres/index.js';
import { createTestDatabase, postgresAvailable } from '../../../test/support/testDatabase.js';
import { newEvent } from '../eventStoreContract.js';
import { PostgresEventStore } from './PostgresEventStore.js';

/**
 * The append functions are PL/pgSQL: a session caches their plans. A plan made while the log
 * was small must not scan the whole log once it is large (every append then costs a scan).
 */
describe('Postgres event store: append plans', () => {
  let db: Database | undefined;
  let url = '';
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!(await postgresAvailable())) return;
    const database = await createTestDatabase();
    url = database.url;
    drop = database.drop;
    db = await createPostgresDatabase({ connectionString: url });
    await (await PostgresEventStore.open(db)).close();
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('when a session appended while the log was small and the log then grew, its appends should not scan the log', async (ctx) => {
    if (!db) return ctx.skip();
    const session = new pg.Client({ connectionString: url });
    await session.connect();
    const append = (stream: string, count: number) =>
      session.query('select * from es_append($1, $2, $3, $4::jsonb)', [
        stream,
        stream.split('-')[0],
        'any',
        JSON.stringify(Array.from({ length: count }, () => newEvent('Planned'))),
      ]);
    const appendMany = (streams: string[]) =>
      session.query('select * from es_append_many($1::jsonb)', [
        JSON.stringify(
          streams.map((stream) => ({
            stream,
            category: stream.split('-')[0],
            expected: 'any',
            events: [newEvent('Planned')],
          })),
        ),
      ]);
    try {
      // Warm the session's plans on a small log (a cached plan is kept from the sixth call on).
      for (let i = 0; i < 12; i++) {
        await append(`small-${i}`, 2);
        await appendMany([`smallmany-${i}a`, `smallmany-${i}b`]);
      }
      // The log grows by 30,000 events and 30,000 streams, written by others.
      await db.knex.raw(`
        insert into es_streams (stream_name, version) select 'bulk-' || n, 0 from generate_series(1, 30000) n;
        insert into es_events (event_id, stream_name, stream_category, stream_version, event_type, data, metadata)
        select gen_random_uuid(), 'bulk-' || n, 'bulk', 0, 'Bulk', '{}', '{}' from generate_series(1, 30000) n;
        analyze es_events; analyze es_streams`);
      await session.query('begin');
      for (let i = 0; i < 5; i++) {
        await append(`large-${i}`, 2);
        await appendMany([`largemany-${i}a`, `largemany-${i}b`]);
      }
      const scans = await session.query<{ relname: string; seq_scan: string }>(
        `select relname, seq_scan from pg_stat_xact_user_tables where relname in ('es_events', 'es_streams') order by relname`,
      );
      await session.query('commit');
      expect(scans.rows.map((r) => [r.relname, Number(r.seq_scan)])).toEqual([
        ['es_events', 0],
        ['es_streams', 0],
      ]);
    } finally {
      await session.end();
    }
  });
});
