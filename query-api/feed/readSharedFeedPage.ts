import type { FeedPageProperties } from '../../proto/index.js';
import type { QueryApiDeps } from '../QueryApiDeps.js';
import { readFeedPage, type FeedPageRequest } from './readFeedPage.js';
import { SharedReads } from './SharedReads.js';

type PageDeps = Pick<QueryApiDeps, 'db' | 'metrics' | 'tracker' | 'feedSources' | 'cursors' | 'pulls'>;

/** One table of shared page reads per process's tracker (the tracker is what wakes followers). */
const sharedPagesOf = SharedReads.perOwner<FeedPageProperties>();

/** Everything a page depends on besides the moment it is read: requests with equal keys get equal pages. */
function pageKey(request: FeedPageRequest): string {
  const { cursor, selection } = request;
  const fields = [...selection.fields].map(([collection, names]) => [collection, [...names].sort()]);
  return JSON.stringify([
    request.userId,
    request.subject,
    cursor.position,
    cursor.collection,
    cursor.id,
    cursor.base,
    selection.collections ?? null,
    fields,
    request.limit,
    request.whole,
    request.waitMs,
  ]);
}

/**
 * readFeedPage for the followers of a feed (sockets, event streams): followers of the same user
 * at the same cursor with the same selection, limit and `whole` are woken together by one change,
 * and share one read of their page instead of reading it each (a user's devices, or several tabs).
 * Each still gets the page `GET /v1/feed` gives for its cursor (the same request, read once), and
 * each device's pull is noted. Undefined when the follower's signal aborted first.
 */
export async function readSharedFeedPage(
  deps: PageDeps,
  projections: readonly string[],
  request: Omit<FeedPageRequest, 'minPosition'>,
): Promise<FeedPageProperties | undefined> {
  const page = await sharedPagesOf(deps.tracker).read(pageKey(request), request.signal, (signal) =>
    // Read for no device: each follower's device is noted below.
    readFeedPage(deps, projections, { ...request, deviceId: undefined, signal }),
  );
  if (page && !page.mustRefetch) {
    const heldUpTo = page.hasMore ? request.cursor.position : Number(page.position ?? 0);
    deps.pulls?.note(request.deviceId, request.userId, heldUpTo);
  }
  return page;
}
