import type { ChangeProperties } from '../../proto/index.js';
import type { ChangeContext, FeedEntry, FeedSource } from './FeedSource.js';

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
export interface FeedSourceSpec<Row extends FeedRowHead> extends Pick<
  FeedSource,
  'name' | 'projection' | 'table' | 'collections' | 'body' | 'select'
> {
  /** An upsert's Change (tombstones are built for it): `head` holds collection, id and version. */
  toChange(row: Row, head: ChangeHead, context: ChangeContext): ChangeProperties;
}

/** A FeedSource from its SQL and its mapping: rows become entries whose Change is built on demand. */
export function defineFeedSource<Row extends FeedRowHead>(spec: FeedSourceSpec<Row>): FeedSource {
  return {
    name: spec.name,
    projection: spec.projection,
    table: spec.table,
    collections: spec.collections,
    body: spec.body,
    select: spec.select,
    entry(selected: Record<string, unknown>): FeedEntry {
      const row = selected as unknown as Row;
      const head: ChangeHead = { collection: row.collection, id: row.id, version: Number(row.version) };
      return {
        collection: row.collection,
        id: row.id,
        position: Number(row.position),
        change: (context) =>
          row.deleted_at
            ? { ...head, tombstone: { deletedAt: row.deleted_at } }
            : spec.toChange(row, head, context),
      };
    },
  };
}
