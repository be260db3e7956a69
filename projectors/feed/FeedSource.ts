/** One row of the delta feed, whatever its collection. */
export interface FeedRow {
  collection: string;
  id: string;
  version: number;
  position: number;
  deleted_at: Date | string | null;
  doc: Record<string, unknown>;
}

/**
 * A collection that appears in the feed: which projection and table hold it, and the SQL that
 * selects a user's rows as FeedRow columns (`collection, id, version, position, deleted_at, doc`).
 */
export interface FeedSource {
  collection: string;
  projection: string;
  table: string;
  /** SQL with `?` placeholders for: the physical table is interpolated; bindings are [userId]. */
  select(physicalTable: string): string;
}
