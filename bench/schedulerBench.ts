import { createPostgresDatabase, type Database } from '../infra/postgres/index.js';
import { createPgliteDatabase } from '../infra/postgres/createPgliteDatabase.js';
import { PostgresScheduler } from '../infra/scheduler/index.js';
import { createTestDatabase } from '../test/support/testDatabase.js';
import { fmt, type Row } from './report.js';

const sleepMs = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentiles(latenessMs: number[]): string {
  const sorted = [...latenessMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `p50 ${fmt(at(0.5))} / p99 ${fmt(at(0.99))} / max ${fmt(sorted[sorted.length - 1] ?? NaN)} ms`;
}

/** When the first item is due: far enough ahead for the inserts to finish first. */
const LEAD_MS = 3000;

/**
 * `count` items all due at the same instant (the hardest case: a campaign's burst), fired by one
 * runner through the scheduler; lateness is the handler's start minus the item's due time. The
 * baseline is the floor of any table-based scheduler: the same rows in a bare table, read by one
 * plain SELECT when a timer fires at their due time.
 */
async function measure(db: Database, count: number): Promise<{ scheduler: number[]; bare: number[] }> {
  const scheduler = await PostgresScheduler.open(db);
  const lateness: number[] = [];
  const runner = scheduler.run({
    bench: async (item) => {
      lateness.push(Date.now() - item.dueAt.getTime());
    },
  });
  let dueAt = new Date(Date.now() + LEAD_MS);
  const items = Array.from({ length: count }, (_, i) => ({
    key: `bench-${i}`,
    kind: 'bench',
    dueAt,
    payload: { i },
  }));
  await scheduler.scheduleMany(items);
  if (Date.now() > dueAt.getTime()) throw new Error('scheduling took longer than the lead time');
  while (lateness.length < count) await sleepMs(50);
  await runner.stop();

  await db.knex.raw(
    'create table bench_bare_schedule (key text primary key, due_at timestamptz, payload jsonb)',
  );
  dueAt = new Date(Date.now() + LEAD_MS);
  const rows = items.map((item) => ({
    key: item.key,
    due_at: dueAt.toISOString(),
    payload: JSON.stringify(item.payload),
  }));
  for (let i = 0; i < rows.length; i += 1000)
    await db.knex('bench_bare_schedule').insert(rows.slice(i, i + 1000));
  await sleepMs(dueAt.getTime() - Date.now());
  const due = await db.knex.raw<{ rows: { key: string; due_at: Date | string }[] }>(
    'select key, due_at from bench_bare_schedule where due_at <= clock_timestamp()',
  );
  const now = Date.now();
  const bare = due.rows.map((row) => now - new Date(row.due_at).getTime());
  await db.knex.raw('drop table bench_bare_schedule');
  await scheduler.close();
  return { scheduler: lateness, bare };
}

function row(name: string, count: number, result: { scheduler: number[]; bare: number[] }): Row {
  const max = (values: number[]) => values.reduce((a, b) => Math.max(a, b), 0);
  return {
    benchmark: `scheduler: ${fmt(count)} items due at one instant, 1 runner, ${name}: lateness`,
    result: percentiles(result.scheduler),
    baseline: `bare SELECT at due time: ${percentiles(result.bare)}`,
    ratio: `max ${fmt(max(result.scheduler) / Math.max(1, max(result.bare)), 1)}×`,
    goal: 'max < 1,000 ms',
  };
}

/** The scheduler's lateness on a PostgreSQL server and on embedded PGlite. */
export async function schedulerBench(count: number): Promise<Row[]> {
  const database = await createTestDatabase();
  const postgres = await createPostgresDatabase({ connectionString: database.url });
  let onPostgres;
  try {
    onPostgres = await measure(postgres, count);
  } finally {
    await postgres.close();
    await database.drop();
  }
  const pglite = await createPgliteDatabase();
  let onPglite;
  try {
    onPglite = await measure(pglite, count);
  } finally {
    await pglite.close();
  }
  return [row('PostgreSQL', count, onPostgres), row('PGlite', count, onPglite)];
}
