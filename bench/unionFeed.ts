import { createHash } from 'node:crypto';
import type { Database } from '../infra/postgres/index.js';
import { activeTable, type FeedAfter, type FeedSource } from '../projectors/index.js';

/**
 * Design (a), the feed before feed sources owned their shape: one UNION ALL over every source's
 * rows of the user, filtered, sorted and limited as a whole (each row as jsonb, where the old
 * code had eight text columns). Kept in the benchmarks as the baseline.
 */
export async function unionFeed(
  db: Database,
  sources: readonly FeedSource[],
  userId: string,
  after: FeedAfter,
  upTo: number,
  limit: number,
): Promise<number> {
  const parts: string[] = [];
  for (const source of sources) {
    const table = await activeTable(db.knex, source.projection, source.table);
    if (table)
      parts.push(`select collection, id, position, to_jsonb(s) as row from (${source.select(table)}) s`);
  }
  const sql = `select * from (${parts.join(' union all ')}) f
    where (position, collection, id) > (?, ?, ?) and position <= ?
    order by position, collection, id limit ?`;
  const name = `union_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
  const rows = await db.preparedQuery(name, sql, [
    ...parts.map(() => userId),
    after.position,
    after.collection,
    after.id,
    upTo,
    limit,
  ]);
  return rows.length;
}
