import { feedSelection, FeedQuery } from '../../query-api/index.js';
import { validate } from '../../platform/http/index.js';
import type { AccessClaims } from '../../platform/auth/index.js';
import type { Follower, FollowDeps } from './followFeed.js';

/** What a client asks to follow: the fields of a Subscribe (realtime.proto). */
export interface SubscribeRequest {
  cursor?: string | null;
  collections?: readonly string[] | null;
  whole?: boolean | null;
  /** 1 to 500; 0 or none: 100. */
  limit?: number | null;
}

const SubscribeQuery = FeedQuery.pick({ cursor: true, limit: true });

/**
 * The follower a Subscribe of this user starts, its cursor checked as `GET /v1/feed` checks it:
 * throws the Problem the feed would answer for the same cursor or filter (bad-cursor, validation).
 */
export function feedSubscription(
  deps: Pick<FollowDeps, 'cursors'>,
  claims: Pick<AccessClaims, 'userId' | 'deviceId'>,
  request: SubscribeRequest,
): Omit<Follower, 'signal' | 'send'> {
  const { userId, deviceId } = claims;
  const query = validate(SubscribeQuery, { cursor: request.cursor ?? '', limit: request.limit || 100 });
  const collections = request.collections ?? [];
  const selection = feedSelection(collections.length > 0 ? { collections: collections.join(',') } : {});
  const subject = selection.scope ? `${userId}|${selection.scope}` : userId;
  return {
    userId,
    deviceId,
    subject,
    cursor: deps.cursors.decode(query.cursor, subject),
    selection,
    limit: query.limit,
    whole: request.whole === true,
  };
}
