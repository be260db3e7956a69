import type { FeedPageProperties } from '../../proto/index.js';
import {
  feedProjectionsFor,
  readSharedFeedPage,
  type FeedCursor,
  type FeedSelection,
  type QueryApiDeps,
} from '../../query-api/index.js';

/** How long a follower sleeps without news before it looks again (heartbeats run apart). */
const IDLE_MS = 60_000;

export type FollowDeps = Pick<
  QueryApiDeps,
  'db' | 'metrics' | 'tracker' | 'feedSources' | 'cursors' | 'pulls'
>;

/** A client following its feed: whose, from where, which part, and how pages reach it. */
export interface Follower {
  userId: string;
  deviceId: string | undefined;
  subject: string;
  cursor: FeedCursor;
  selection: FeedSelection;
  limit: number;
  whole: boolean;
  /** Aborts when the client goes away (or is sent away). */
  signal: AbortSignal;
  /** Hands one page to the transport (which may close a client that does not keep up). */
  send(page: FeedPageProperties): void;
}

/**
 * The delta feed as it changes, for a stream or a socket: the first page at once (even empty,
 * so the client holds a cursor), then each page as the user's feed moves. Pages are read by the
 * feed's own page reader, so they are the pages `GET /v1/feed` gives for the same cursor (followers
 * of one user at one cursor share the read: readSharedFeedPage); a page
 * without changes is not sent (its cursor is kept here, and the client's cursor stays as good).
 * The change tracker wakes the follower (the change signal of the long-poll); a follower reads
 * only when the tracker does not know its feed is unchanged. Ends when the signal aborts, or
 * after a `mustRefetch` page (the client then bootstraps).
 */
export async function followFeed(deps: FollowDeps, follower: Follower): Promise<void> {
  const { userId, signal } = follower;
  const projections = feedProjectionsFor(deps.feedSources, follower.selection.collections);
  let cursor = follower.cursor;
  let first = true;
  while (!signal.aborted) {
    if (!first && deps.tracker.unchangedSince(userId, cursor.position)) {
      await deps.tracker.waitForChange(userId, cursor.position, IDLE_MS, signal);
      continue;
    }
    const page = await readSharedFeedPage(deps, projections, {
      userId,
      deviceId: follower.deviceId,
      subject: follower.subject,
      cursor,
      selection: follower.selection,
      limit: follower.limit,
      whole: follower.whole,
      waitMs: first ? 0 : IDLE_MS,
      signal,
    });
    if (signal.aborted || !page) return;
    if (first || page.mustRefetch || (page.changes?.length ?? 0) > 0) follower.send(page);
    first = false;
    if (page.mustRefetch || !page.nextCursor) return;
    cursor = deps.cursors.decode(page.nextCursor, follower.subject);
  }
}
