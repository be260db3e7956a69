/**
 * One row of the delta feed, whatever its collection: `f1`…`f8` are that collection's
 * document fields as text (timestamps already ISO-8601), in the order its mapping expects.
 */
export interface FeedRow {
  collection: string;
  id: string;
  version: number;
  position: number;
  deleted_at: string | null;
  f1: string | null;
  f2: string | null;
  f3: string | null;
  f4: string | null;
  f5: string | null;
  f6: string | null;
  f7: string | null;
  f8: string | null;
}

/** SQL for a timestamptz as ISO-8601 in UTC with milliseconds, as JavaScript prints it. */
export const isoSql = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * A collection that appears in the feed: which projection and table hold it, and the SQL that
 * selects a user's rows as FeedRow columns (`collection, id, version, position, deleted_at, f1…f8`).
 */
export interface FeedSource {
  collection: string;
  projection: string;
  table: string;
  /** SQL with `?` placeholders for: the physical table is interpolated; bindings are [userId]. */
  select(physicalTable: string): string;
}
