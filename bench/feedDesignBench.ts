import type { Database } from '../infra/postgres/index.js';
import type { FeedAfter, FeedSource } from '../projectors/index.js';
import { feedSources } from '../app/index.js';
import { queryFeed } from '../query-api/index.js';
import { fmt, type Row } from './report.js';
import { seedFeedUser } from './seedFeedUser.js';
import { unionFeed } from './unionFeed.js';
import { mergeFeed } from './mergeFeed.js';

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

/** Median milliseconds of `read`, after a warm-up (plans prepared, pages in cache). */
async function timed(iterations: number, read: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 10; i++) await read();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await read();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const DESIGNS = {
  one: { label: 'per-source pages, one statement', read: queryFeed },
  union: { label: 'UNION, sorted', read: unionFeed },
  separate: { label: 'per-source queries', read: mergeFeed },
} as const;
type Design = keyof typeof DESIGNS;

interface Shape {
  label: string;
  sources: readonly FeedSource[];
  collections: readonly string[];
  devices: number;
}

/**
 * The feed page designs side by side on the same data: a user with 3,000 documents, with 2
 * collections (profile + one app collection, on a backend with only those two sources) and with
 * 5 (profile, devices and three app collections, on every source). (a) the UNION over every
 * source, sorted; (c) each source's page after the cursor, merged in memory from separate
 * queries, or (c') merged in one statement (what serves).
 */
export async function feedDesignBench(base: string, db: Database, iterations: number): Promise<Row[]> {
  const byName = (name: string) => feedSources.find((s) => s.name === name)!;
  const shapes: Shape[] = [
    { label: '2', sources: [byName('profile'), byName('documents')], collections: ['jobs'], devices: 0 },
    { label: '5', sources: feedSources, collections: ['jobs', 'notes', 'tasks'], devices: 2 },
  ];
  const rows: Row[] = [];
  const cost = new Map<string, number>();
  const ms = (design: Design, page: string, label: string) => fmt(cost.get(`${design}${page}${label}`)!, 2);
  const growth = (design: Design, page: string) =>
    fmt(cost.get(`${design}${page}5`)! / cost.get(`${design}${page}2`)!, 2);
  for (const shape of shapes) {
    const userId = await seedFeedUser(base, shape.collections, 3000, shape.devices);
    const upTo = Number.MAX_SAFE_INTEGER;
    // Statistics, as autovacuum keeps them on a live database: without them the planner takes a
    // fresh table for empty and sorts all of a user's rows instead of stopping after the page.
    await db.knex.raw('analyze');
    const all = await queryFeed(db, shape.sources, userId, START, upTo, 10_000);
    const before = all[all.length - 11]!; // a delta page: the last 10 changes
    const delta: FeedAfter = { position: before.position, collection: before.collection, id: before.id };
    for (const [page, after] of [
      ['bootstrap', START],
      ['delta', delta],
    ] as const) {
      for (const [design, { read }] of Object.entries(DESIGNS)) {
        const median = await timed(iterations, () => read(db, shape.sources, userId, after, upTo, LIMIT));
        cost.set(`${design}${page}${shape.label}`, median);
      }
      const [one, union] = [cost.get(`one${page}${shape.label}`)!, cost.get(`union${page}${shape.label}`)!];
      rows.push({
        benchmark: `feed ${page} page (${all.length} rows, ${shape.label} collections): median`,
        result: `${DESIGNS.one.label}: ${ms('one', page, shape.label)} ms`,
        baseline: `${DESIGNS.union.label}: ${ms('union', page, shape.label)} ms; ${DESIGNS.separate.label}: ${ms('separate', page, shape.label)} ms`,
        ratio: `${fmt(one / union, 2)}× UNION`,
        goal: '—',
      });
    }
  }
  for (const page of ['bootstrap', 'delta']) {
    rows.push({
      benchmark: `feed ${page} page: 5 collections against 2`,
      result: `one statement: ${growth('one', page)}×`,
      baseline: `UNION: ${growth('union', page)}×; separate queries: ${growth('separate', page)}×`,
      ratio: '—',
      goal: 'flat (≤ 1.5×)',
    });
  }
  return rows;
}
