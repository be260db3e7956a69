import type { ChangeProperties } from '../../proto/index.js';

/** Where a feed read stands: after the row (position, collection, id). */
export interface FeedAfter {
  position: number;
  collection: string;
  id: string;
}

/** What a request asks of every change: which fields of a collection, and the field-mask base. */
export interface ChangeContext {
  /** Keeps only the requested fields of a document of `collection`. */
  select(collection: string, document: Record<string, unknown>): Record<string, unknown>;
  /** The position the app holds every document as of (0: send documents whole). */
  maskBase: number;
}

/** One row of the feed, from whichever source: its place in the order, and its Change. */
export interface FeedEntry {
  collection: string;
  id: string;
  position: number;
  change(context: ChangeContext): ChangeProperties;
}

/** One page read over the sources: the user's rows after `after`, up to `upTo`, at most `limit`. */
export interface FeedRead {
  userId: string;
  after: FeedAfter;
  upTo: number;
  limit: number;
  /** Only these collections (all when undefined). */
  collections: readonly string[] | undefined;
}

/**
 * Something that appears in the delta feed: it owns its SQL (over its projection's table) and
 * its mapping to a `Change`. `collections` names its collections, or is 'app' for the app
 * collections (any name no system source claims). `body` is the Change field its upserts fill.
 */
export interface FeedSource {
  name: string;
  projection: string;
  table: string;
  collections: readonly string[] | 'app';
  body: string;
  /** Its SQL over the physical table (one binding: the user id), as `read` wraps it. */
  select(physicalTable: string): string;
  /** One of the rows `select` selects, as an entry of the feed. */
  entry(row: Record<string, unknown>): FeedEntry;
}
