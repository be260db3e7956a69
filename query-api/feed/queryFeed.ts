import type { Knex } from 'knex';
import { activeTable, type FeedRow, type FeedSource } from '../../projectors/index.js';
import type { FeedCursor } from './feedCursor.js';

/** The user's rows of every feed collection after the cursor, in (position, collection, id) order. */
export async function queryFeed(
  knex: Knex,
  sources: readonly FeedSource[],
  userId: string,
  after: FeedCursor,
  limit: number,
): Promise<FeedRow[]> {
  const parts: string[] = [];
  const bindings: (string | number)[] = [];
  for (const source of sources) {
    const table = await activeTable(knex, source.projection, source.table);
    if (!table) continue;
    parts.push(source.select(table));
    bindings.push(userId);
  }
  if (parts.length === 0) return [];
  const sql = `select * from (${parts.join(' union all ')}) f
    where (position, collection, id) > (?, ?, ?) order by position, collection, id limit ?`;
  const result = await knex.raw<{ rows: FeedRow[] }>(sql, [
    ...bindings,
    after.position,
    after.collection,
    after.id,
    limit,
  ]);
  return result.rows.map((r) => ({ ...r, position: Number(r.position), version: Number(r.version) }));
}
