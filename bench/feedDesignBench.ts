import type { Database } from '../infra/postgres/index.js';
import { feedSources, type FeedAfter, type FeedSource } from '../projectors/index.js';
import { queryFeed } from '../query-api/index.js';
import { fmt, type Row } from './report.js';
import { seedFeedUser } from './seedFeedUser.js';
import { unionFeed } from './unionFeed.js';

const collection = {
  scope: 'private',
  conflict: 'lww',
  schema: {
    type: 'object',
    properties: { title: { type: 'string' }, status: { type: 'string' }, n: { type: 'number' } },
  },
};

/** The collections file of the feed design benchmark's backend: three app collections. */
export const FEED_DESIGN_COLLECTIONS = {
  collections: { jobs: collection, notes: collection, tasks: collection },
};

const START: FeedAfter = { position: 0, collection: '', id: '' };
const LIMIT = 101; // a page of 100, plus one to learn has_more, as the route asks

/** Mean milliseconds of `read`, after a warm-up (plans prepared, pages in cache). */
async function timed(iterations: number, read: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 10; i++) await read();
  const started = performance.now();
  for (let i = 0; i < iterations; i++) await read();
  return (performance.now() - started) / iterations;
}

interface Shape {
  label: string;
  sources: readonly FeedSource[];
  collections: readonly string[];
  devices: number;
}

/**
 * The feed page designs side by side on the same data: a user with 3,000 documents, with 2
 * collections (profile + one app collection, on a backend with only those two sources) and with
 * 5 (profile, devices and three app collections, on every source). Design (a) is the UNION over
 * every source, sorted; design (c) is each source limited to the page after the cursor, merged.
 */
export async function feedDesignBench(base: string, db: Database, iterations: number): Promise<Row[]> {
  const byName = (name: string) => feedSources.find((s) => s.name === name)!;
  const shapes: Shape[] = [
    { label: '2', sources: [byName('profile'), byName('documents')], collections: ['jobs'], devices: 0 },
    { label: '5', sources: feedSources, collections: ['jobs', 'notes', 'tasks'], devices: 2 },
  ];
  const rows: Row[] = [];
  const cost: Record<string, number> = {};
  for (const shape of shapes) {
    const userId = await seedFeedUser(base, shape.collections, 3000, shape.devices);
    const all = await queryFeed(db, shape.sources, userId, START, Number.MAX_SAFE_INTEGER, 10_000);
    const before = all[all.length - 11]!; // a delta page: the last 10 changes
    const delta: FeedAfter = { position: before.position, collection: before.collection, id: before.id };
    const upTo = Number.MAX_SAFE_INTEGER;
    for (const [page, after] of [
      ['bootstrap', START],
      ['delta', delta],
    ] as const) {
      const merge = await timed(iterations, () => queryFeed(db, shape.sources, userId, after, upTo, LIMIT));
      const union = await timed(iterations, () => unionFeed(db, shape.sources, userId, after, upTo, LIMIT));
      cost[`${page}${shape.label}`] = merge;
      cost[`${page}${shape.label}u`] = union;
      rows.push({
        benchmark: `feed ${page} page, ${all.length} rows over ${shape.label} collections`,
        result: `per-source + merge: ${fmt(merge, 2)} ms`,
        baseline: `UNION, sorted: ${fmt(union, 2)} ms`,
        ratio: `${fmt(merge / union, 2)}×`,
        goal: '—',
      });
    }
  }
  for (const page of ['bootstrap', 'delta']) {
    rows.push({
      benchmark: `feed ${page} page: 5 collections against 2`,
      result: `per-source + merge: ${fmt(cost[`${page}5`]! / cost[`${page}2`]!, 2)}×`,
      baseline: `UNION: ${fmt(cost[`${page}5u`]! / cost[`${page}2u`]!, 2)}×`,
      ratio: '—',
      goal: 'flat (≤ 1.5×)',
    });
  }
  return rows;
}
