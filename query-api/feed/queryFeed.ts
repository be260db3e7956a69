import type { Database } from '../../infra/postgres/index.js';
import type { FeedAfter, FeedEntry, FeedSource } from '../../projectors/index.js';

const byFeedOrder = (a: FeedEntry, b: FeedEntry) =>
  a.position - b.position ||
  (a.collection < b.collection ? -1 : a.collection > b.collection ? 1 : 0) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The sources that can hold one of `collections`: a system source by name, 'app' for the rest. */
function sourcesFor(sources: readonly FeedSource[], collections: readonly string[] | undefined) {
  if (!collections) return sources;
  const system = new Set(sources.flatMap((s) => (s.collections === 'app' ? [] : s.collections)));
  const hasApp = collections.some((c) => !system.has(c));
  return sources.filter((s) =>
    s.collections === 'app' ? hasApp : s.collections.some((c) => collections.includes(c)),
  );
}

/**
 * The user's rows of every feed collection after the cursor and up to `upTo`, in (position,
 * collection, id) order. `upTo` is where every feed projection has reached: a page never runs
 * ahead of a slower projection (or partition), whose rows would otherwise land behind a cursor
 * already handed out. Each source reads at most `limit` rows (an index range scan on its own
 * table); the page is the first `limit` of their merge, so its cost does not grow with the
 * rows a user holds, only with the number of sources. Sources read in separate snapshots is
 * safe: a row only ever moves to a later position, where a later page finds it.
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
  const request = { db, userId, after, upTo, limit, collections };
  const parts = await Promise.all(sourcesFor(sources, collections).map((source) => source.read(request)));
  return parts.flat().sort(byFeedOrder).slice(0, limit);
}
