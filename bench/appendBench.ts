import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '../infra/eventStore/index.js';
import type { Database } from '../infra/postgres/index.js';
import { fmt, type Row } from './report.js';

const metadata = () => ({ schemaVersion: 1, commandId: randomUUID(), correlationId: randomUUID() });

const RAW_INSERT = `insert into bench_raw_events (event_id, stream_name, stream_category, stream_version, event_type, data, metadata)
  values (?, ?, 'bench', ?, 'Benchmarked', ?, ?)`;

/** `count` calls of `run`, `connections` at a time; calls per second. */
async function rate(count: number, connections: number, run: (i: number) => Promise<unknown>) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < count) await run(next++);
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

/**
 * Single-event appends per second through the Postgres adapter (stream lock, idempotency check,
 * version check, position reservation, NOTIFY) against a bare INSERT into a table of the same
 * shape, each in its own transaction: one after another, and from 32 connections at once to
 * different streams (`db` needs a pool of at least 32).
 */
export async function appendBench(db: Database, count: number): Promise<Row[]> {
  const store = await PostgresEventStore.open(db);
  await db.knex.raw('create table bench_raw_events (like es_events including all)');
  const append = (stream: string, i: number) =>
    store.append(
      stream,
      [{ id: randomUUID(), type: 'Benchmarked', data: { i }, metadata: metadata() }],
      'any',
    );
  const insert = (stream: string, i: number) =>
    db.knex.raw(RAW_INSERT, [randomUUID(), stream, i, JSON.stringify({ i }), JSON.stringify(metadata())]);
  await rate(200, 32, (i) => append(`warm-${i}`, i));
  await rate(200, 32, (i) => insert(`warm-${i}`, i));

  const rows: Row[] = [];
  for (const connections of [1, 32]) {
    const adapter = await rate(count, connections, (i) => append(`bench${connections}-${i}`, i));
    const raw = await rate(count, connections, (i) => insert(`raw${connections}-${i}`, i));
    rows.push({
      benchmark: `event append, 1 event/append, ${connections === 1 ? 'sequential' : `${connections} connections`} (${count})`,
      result: `${fmt(adapter)} appends/s`,
      baseline: `${fmt(raw)} raw INSERT/s`,
      ratio: `${fmt((adapter / raw) * 100)}%`,
      goal: '≥ 50%',
    });
  }
  await store.close();
  return rows;
}
