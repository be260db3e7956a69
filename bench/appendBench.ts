import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '../infra/eventStore/index.js';
import type { Database } from '../infra/postgres/index.js';
import { fmt, type Row } from './report.js';

const metadata = () => ({ schemaVersion: 1, commandId: randomUUID(), correlationId: randomUUID() });

/**
 * Single-event appends per second through the Postgres adapter (stream lock, idempotency check,
 * version check, global append lock, NOTIFY) against a bare INSERT loop into a table of the
 * same shape, each in its own transaction, one after another.
 */
export async function appendBench(db: Database, count: number): Promise<Row> {
  const store = await PostgresEventStore.open(db);
  await db.knex.raw('create table bench_raw_events (like es_events including all)');
  for (let i = 0; i < 200; i++)
    await store.append(
      `warm-${i}`,
      [{ id: randomUUID(), type: 'W', data: { i }, metadata: metadata() }],
      'any',
    );

  let started = performance.now();
  for (let i = 0; i < count; i++) {
    await store.append(
      `bench-${i % 500}`,
      [{ id: randomUUID(), type: 'Benchmarked', data: { i }, metadata: metadata() }],
      'any',
    );
  }
  const adapter = count / ((performance.now() - started) / 1000);

  started = performance.now();
  for (let i = 0; i < count; i++) {
    await db.knex.raw(
      `insert into bench_raw_events (event_id, stream_name, stream_category, stream_version, event_type, data, metadata)
       values (?, ?, 'bench', ?, 'Benchmarked', ?, ?)`,
      [randomUUID(), `raw-${i}`, 0, JSON.stringify({ i }), JSON.stringify(metadata())],
    );
  }
  const raw = count / ((performance.now() - started) / 1000);
  await store.close();
  return {
    benchmark: `event append, 1 event/append, sequential (${count})`,
    result: `${fmt(adapter)} appends/s`,
    baseline: `${fmt(raw)} raw INSERT/s`,
    ratio: `${fmt((adapter / raw) * 100)}%`,
    goal: '≥ 50%',
  };
}
