import { createHash } from 'node:crypto';
import type { Database } from '../infra/postgres/index.js';
import {
  activeTable,
  pageBindings,
  pageSql,
  type FeedAfter,
  type FeedEntry,
  type FeedSource,
} from '../projectors/index.js';

const byFeedOrder = (a: FeedEntry, b: FeedEntry) =>
  a.position - b.position ||
  (a.collection < b.collection ? -1 : a.collection > b.collection ? 1 : 0) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Design (c) as separate queries: each source's page in its own statement (in parallel, on the
 * pool), merged in memory. Kept in the benchmarks beside the one-statement merge that serves.
 */
export async function mergeFeed(
  db: Database,
  sources: readonly FeedSource[],
  userId: string,
  after: FeedAfter,
  upTo: number,
  limit: number,
): Promise<FeedEntry[]> {
  const request = { userId, after, upTo, limit, collections: undefined };
  const pages = await Promise.all(
    sources.map(async (source) => {
      const table = await activeTable(db.knex, source.projection, source.table);
      if (!table) return [];
      const sql = pageSql(source.select(table), false);
      const name = `merge_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
      const rows = await db.preparedQuery<Record<string, unknown>>(name, sql, pageBindings(request));
      return rows.map((row) => source.entry(row));
    }),
  );
  return pages.flat().sort(byFeedOrder).slice(0, limit);
}
