import type { FastPath } from '../../platform/http/index.js';
import { verifiedClaims } from '../../platform/auth/index.js';
import type { QueryApiDeps } from '../QueryApiDeps.js';
import { etagMatches, FEED_CACHE_HEADERS, feedRequest, type FeedRequest } from './feedRequest.js';

/**
 * Whether an `If-None-Match` poll can be answered 304 at once: its ETag is the cursor it asks
 * with, and the user's feed has not changed since that cursor (the tracker knows, from memory).
 */
export function unchangedAtOnce(
  deps: Pick<QueryApiDeps, 'tracker'>,
  req: Parameters<typeof etagMatches>[0],
  userId: string,
  request: FeedRequest,
): boolean {
  return (
    etagMatches(req, request.requestEtag) && deps.tracker.unchangedSince(userId, request.cursor.position)
  );
}

/** The 304 of an unchanged poll, the same from the fast path and from the route. */
export function notModified(deps: Pick<QueryApiDeps, 'metrics'>, request: FeedRequest) {
  deps.metrics.feedReads.inc({ outcome: 'not_modified' });
  return {
    status: 304 as const,
    headers: { ...FEED_CACHE_HEADERS, ETag: request.requestEtag },
    vary: ['Accept'],
  };
}

/**
 * The feed's unchanged poll ahead of the middleware chain: the polling phone's common case,
 * answered from memory with the route's own checks (token, revocation, parameters, cursor
 * signature, Accept), noting the device's pull (a map entry: FeedPullLog). A poll that may wait
 * (`wait`, `min_position`), that fails a check or whose feed changed goes down the chain to the
 * route, which answers it.
 */
export function feedNotModified(deps: QueryApiDeps): FastPath {
  return {
    method: 'GET',
    path: '/v1/feed',
    async answer(req) {
      if (req.get('if-none-match') === undefined) return undefined;
      const { userId, deviceId } = await verifiedClaims(deps, req);
      const request = feedRequest(deps, req, userId);
      if (request.query.wait > 0 || request.query.min_position !== undefined) return undefined;
      if (!unchangedAtOnce(deps, req, userId, request)) return undefined;
      deps.pulls?.note(deviceId, userId, request.cursor.position);
      return notModified(deps, request);
    },
  };
}
