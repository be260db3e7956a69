import { createHash } from 'node:crypto';
import type { Database } from '../../infra/postgres/index.js';
import {
  activeTable,
  pageBindings,
  pageSql,
  type FeedAfter,
  type FeedEntry,
  type FeedSource,
} from '../../projectors/index.js';
import { feedSourcesFor } from './feedSourcesFor.js';

/** The prepared statement's name of each page statement (a few: one per set of sources and filter). */
const statementNames = new Map<string, string>();

/**
 * The user's rows of every feed collection after the cursor and up to `upTo`, in (position,
 * collection, id) order. `upTo` is where every feed projection has reached: a page never runs
 * ahead of a slower projection (or partition), whose rows would otherwise land behind a cursor
 * already handed out.
 *
 * One statement: each source's page (at most `limit` rows after the cursor, an index range scan
 * on its own table), merged and cut to `limit`. The work is bounded by sources × `limit`, not by
 * the rows the user holds, and each source's row travels as json so the sources need not share
 * columns (see the README's benchmarks for the designs measured): `to_json`, not `to_jsonb`, as
 * nothing compares or indexes it, and writing the text at once costs PostgreSQL about two thirds
 * of building the binary jsonb and printing it (256 against 381 µs for 100 rows of jobs).
 */
export async function queryFeed(
  db: Database,
  sources: readonly FeedSource[],
  userId: string,
  after: FeedAfter,
  upTo: number,
  limit: number,
  collections?: readonly string[],
): Promise<FeedEntry[]> {
  const request = { userId, after, upTo, limit, collections };
  const chosen: FeedSource[] = [];
  const parts: string[] = [];
  const bindings: (string | number)[] = [];
  for (const source of feedSourcesFor(sources, collections)) {
    const table = await activeTable(db.knex, source.projection, source.table);
    if (!table) continue;
    parts.push(`(select ${chosen.length} as source, p.position, p.collection, p.id, to_json(p) as row
      from (${pageSql(source.select(table), collections !== undefined)}) p)`);
    bindings.push(...pageBindings(request));
    chosen.push(source);
  }
  if (parts.length === 0) return [];
  const sql = `select source, row from (${parts.join(' union all ')}) f
    order by position, collection, id limit ?`;
  // Planning the statement costs about as much as running it: prepare it once per connection.
  let name = statementNames.get(sql);
  if (name === undefined) {
    name = `feed_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    statementNames.set(sql, name);
  }
  const rows = await db.preparedQuery<{ source: number; row: Record<string, unknown> }>(name, sql, [
    ...bindings,
    limit,
  ]);
  return rows.map(({ source, row }) => chosen[source]!.entry(row));
}
