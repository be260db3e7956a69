import type { FeedEntry } from '../../projectors/index.js';
import type { QueryApiDeps } from '../QueryApiDeps.js';
import { feedBounds, type FeedBounds } from './feedBounds.js';
import type { FeedCursor } from './feedCursor.js';
import { queryFeed } from './queryFeed.js';
import { waitForPosition } from './waitForPosition.js';

/** The cursor is behind the feed horizon: the app must drop its data and bootstrap. */
export class MustRefetch extends Error {}

/**
 * The user's rows after the cursor, up to where every feed projection has reached (`upTo`).
 * With `waitMs`, an empty read long-polls: it waits for the user's feed to change, then for the
 * other feed projections to pass that change, and reads again. Throws MustRefetch for a cursor
 * behind the horizon.
 */
export async function readFeedRows(
  deps: Pick<QueryApiDeps, 'db' | 'metrics' | 'tracker' | 'feedSources' | 'checkpoints'>,
  projections: readonly string[],
  request: {
    userId: string;
    cursor: FeedCursor;
    limit: number;
    collections: readonly string[] | undefined;
    waitMs: number;
    signal: AbortSignal;
    /** Bounds just read: the first read uses them instead of asking again. */
    reached?: FeedBounds;
  },
): Promise<{ upTo: number; rows: FeedEntry[] }> {
  const { userId, cursor, waitMs } = request;
  let known = request.reached;
  const read = async () => {
    deps.metrics.feedReads.inc({ outcome: 'query' });
    const { upTo, horizon } = known ?? (await feedBounds(deps.db, projections));
    known = undefined;
    if (cursor.position > 0 && cursor.position < horizon) throw new MustRefetch();
    const rows = await queryFeed(
      deps.db,
      deps.feedSources,
      userId,
      cursor,
      upTo,
      request.limit,
      request.collections,
    );
    return { upTo, rows };
  };
  const first = await read();
  if (first.rows.length > 0 || waitMs <= 0) return first;
  // Nothing after the cursor: for the whole feed, the user's last change is at most the cursor.
  // A filtered read says nothing of the other collections, so it records nothing.
  if (request.collections === undefined) deps.tracker.settle(userId, cursor.position, undefined, first.upTo);
  const started = performance.now();
  await deps.tracker.waitForChange(userId, cursor.position, waitMs, request.signal);
  // The change is committed in its projection; pages stop where every feed projection has
  // reached, so wait (briefly, in practice) for the others to pass its position too.
  const changedAt = deps.tracker.latestKnown(userId) ?? 0;
  const left = waitMs - (performance.now() - started);
  if (changedAt > first.upTo && left > 0) {
    await waitForPosition(deps, projections, changedAt, left, request.signal);
  }
  return read();
}
