import { createHash } from 'node:crypto';
import type { Database } from '../../infra/postgres/index.js';
import { activeTable, type FeedRow, type FeedSource } from '../../projectors/index.js';
import type { FeedCursor } from './feedCursor.js';

/**
 * The user's rows of every feed collection after the cursor and up to `upTo`, in (position,
 * collection, id) order. `upTo` is where every feed projection has reached: a page never runs
 * ahead of a slower projection (or partition), whose rows would otherwise land behind a cursor
 * already handed out.
 */
export async function queryFeed(
  db: Database,
  sources: readonly FeedSource[],
  userId: string,
  after: FeedCursor,
  upTo: number,
  limit: number,
  collections?: readonly string[],
): Promise<FeedRow[]> {
  const parts: string[] = [];
  const bindings: (string | number)[] = [];
  for (const source of sources) {
    const table = await activeTable(db.knex, source.projection, source.table);
    if (!table) continue;
    parts.push(source.select(table));
    bindings.push(userId);
  }
  if (parts.length === 0) return [];
  const filter = collections ? " and collection = any(string_to_array(?::text, ','))" : '';
  const sql = `select * from (${parts.join(' union all ')}) f
    where (position, collection, id) > (?, ?, ?) and position <= ?${filter}
    order by position, collection, id limit ?`;
  // Planning this union costs more than running it: prepare it once per connection and table set.
  const name = `feed_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
  const rows = await db.preparedQuery<FeedRow>(name, sql, [
    ...bindings,
    after.position,
    after.collection,
    after.id,
    upTo,
    ...(collections ? [collections.join(',')] : []),
    limit,
  ]);
  return rows.map((r) => ({ ...r, position: Number(r.position), version: Number(r.version) }));
}
