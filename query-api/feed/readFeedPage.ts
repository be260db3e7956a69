import type { FeedEntry } from '../../projectors/index.js';
import type { FeedPageProperties } from '../../proto/index.js';
import type { QueryApiDeps } from '../QueryApiDeps.js';
import type { FeedBounds } from './feedBounds.js';
import type { FeedCursor } from './feedCursor.js';
import { MustRefetch, readFeedRows } from './readFeedRows.js';
import { selectFields, type FeedSelection } from './feedSelection.js';

/** What one page of the feed is read for: the same whether it is asked over HTTP or a stream. */
export interface FeedPageRequest {
  userId: string;
  /** The device of the session, whose pull is noted (silent sync pushes). */
  deviceId: string | undefined;
  /** Whom (and which filter) the cursors are signed for. */
  subject: string;
  cursor: FeedCursor;
  selection: FeedSelection;
  limit: number;
  /** Whole documents always (no field masks). */
  whole: boolean;
  /** Long-polls up to this long when nothing is after the cursor (0: answers at once). */
  waitMs: number;
  signal: AbortSignal;
  /** The page's `position` is at least this (a `min_position` asked for). */
  minPosition?: number;
  /** The feed projections' bounds, just read (by the `min_position` check): the first read pages up to them. */
  reached?: FeedBounds;
}

/**
 * The page reader of the delta feed: the user's changes after the cursor, the next cursor, and
 * what the process learns from the read (the change tracker, the device's pull). `GET /v1/feed`,
 * its event stream and the realtime socket all read their pages here, so they hand out the same
 * changes with the same cursors. `mustRefetch` pages carry no cursor: the app bootstraps.
 */
export async function readFeedPage(
  deps: Pick<QueryApiDeps, 'db' | 'metrics' | 'tracker' | 'feedSources' | 'cursors' | 'pulls'>,
  projections: readonly string[],
  request: FeedPageRequest,
): Promise<FeedPageProperties> {
  const { userId, deviceId, cursor, selection } = request;
  let upTo: number;
  let rows: FeedEntry[];
  try {
    ({ upTo, rows } = await readFeedRows(deps, projections, {
      userId,
      cursor,
      limit: request.limit + 1,
      collections: selection.collections,
      waitMs: request.waitMs,
      signal: request.signal,
      reached: request.reached,
    }));
  } catch (error) {
    if (!(error instanceof MustRefetch)) throw error;
    deps.metrics.feedReads.inc({ outcome: 'must_refetch' });
    return { mustRefetch: true, nextCursor: '', position: cursor.position };
  }
  const hasMore = rows.length > request.limit;
  const page = rows.slice(0, request.limit);
  const last = page[page.length - 1];
  let next = last ? { position: last.position, collection: last.collection, id: last.id } : cursor;
  // A page that leaves nothing behind may move on to where the projections are: nothing up to
  // there is missing, and a cursor left behind a pruned tombstone would have to refetch.
  if (!hasMore && upTo > next.position) next = { position: upTo, collection: '', id: '' };
  if (!hasMore) {
    // The whole feed tells the tracker where the user's last change is; a filtered one only
    // that nothing of its collections came after its end.
    if (selection.collections === undefined)
      deps.tracker.settle(userId, cursor.position, last?.position, upTo);
    else deps.tracker.advance(userId, next.position);
  }
  // A page that leaves nothing behind makes its end the base for field masks.
  const nextCursor = deps.cursors.encode(
    { ...next, base: hasMore ? cursor.base : next.position },
    request.subject,
  );
  // The device holds its feed up to where this page ends, when it leaves nothing behind.
  deps.pulls?.note(deviceId, userId, hasMore ? cursor.position : next.position);
  return {
    changes: page.map((entry) =>
      entry.change({
        select: (collection, doc) => selectFields(selection, collection, doc),
        maskBase: request.whole ? 0 : cursor.base,
      }),
    ),
    nextCursor,
    hasMore,
    position: Math.max(next.position, request.minPosition ?? 0),
  };
}
