import { createHash } from 'node:crypto';
import type { ChangeProperties } from '../../proto/index.js';
import { activeTable } from '../runtime/index.js';
import type { ChangeContext, FeedEntry, FeedRead, FeedSource } from './FeedSource.js';

/** The columns every source selects, beside its own (named as it likes). */
export interface FeedRowHead {
  collection: string;
  id: string;
  version: number | string;
  position: number | string;
  /** ISO-8601 when the row is a tombstone. */
  deleted_at: string | null;
}

/** What every Change of a row starts with. */
export interface ChangeHead {
  collection: string;
  id: string;
  version: number;
}

/** What a source declares: its SQL and its mapping to a Change; paging is done for it. */
export interface FeedSourceSpec<Row extends FeedRowHead> {
  name: string;
  projection: string;
  table: string;
  collections: readonly string[] | 'app';
  body: string;
  /**
   * SQL selecting the user's rows (`collection, id, version, position, deleted_at` and the
   * source's own columns) from the physical table; the one binding is the user id.
   */
  select(physicalTable: string): string;
  /** An upsert's Change (tombstones are built for it): `head` holds collection, id and version. */
  toChange(row: Row, head: ChangeHead, context: ChangeContext): ChangeProperties;
}

/**
 * A FeedSource from its SQL and mapping: each read is one prepared query, the user's rows after
 * the cursor and up to `upTo` in (position, collection, id) order, `limit` at most.
 */
export function defineFeedSource<Row extends FeedRowHead>(spec: FeedSourceSpec<Row>): FeedSource {
  const entry = (row: Row): FeedEntry => {
    const position = Number(row.position);
    const head: ChangeHead = { collection: row.collection, id: row.id, version: Number(row.version) };
    return {
      collection: row.collection,
      id: row.id,
      position,
      change: (context) =>
        row.deleted_at
          ? { ...head, tombstone: { deletedAt: row.deleted_at } }
          : spec.toChange(row, head, context),
    };
  };
  return {
    name: spec.name,
    projection: spec.projection,
    table: spec.table,
    collections: spec.collections,
    body: spec.body,
    select: spec.select,
    async read({ db, userId, after, upTo, limit, collections }: FeedRead) {
      const table = await activeTable(db.knex, spec.projection, spec.table);
      if (!table) return [];
      const filter = collections ? " and collection = any(string_to_array(?::text, ','))" : '';
      // `position >= ?` repeats the row comparison's first column so the planner can range-scan.
      const sql = `select * from (${spec.select(table)}) f
        where position >= ? and (position, collection, id) > (?, ?, ?) and position <= ?${filter}
        order by position, collection, id limit ?`;
      const name = `feed_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
      const rows = await db.preparedQuery<Row>(name, sql, [
        userId,
        after.position,
        after.position,
        after.collection,
        after.id,
        upTo,
        ...(collections ? [collections.join(',')] : []),
        limit,
      ]);
      return rows.map(entry);
    },
  };
}
