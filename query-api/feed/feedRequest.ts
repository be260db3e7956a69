import { problems, validate, z, type FastRequest } from '../../platform/http/index.js';
import type { QueryApiDeps } from '../QueryApiDeps.js';
import type { FeedCursor } from './feedCursor.js';
import { feedSelection, type FeedSelection } from './feedSelection.js';

export const PROTOBUF = 'application/x-protobuf';

export const FeedQuery = z.looseObject({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  wait: z.coerce.number().int().min(0).max(300).default(0),
  min_position: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  whole: z.enum(['true', 'false']).default('false'),
});

/** A feed request, checked: its parameters, the part of the feed it selects, its cursor. */
export interface FeedRequest {
  query: z.infer<typeof FeedQuery>;
  selection: FeedSelection;
  /** Whom (and which filter) the cursors are signed for. */
  subject: string;
  cursor: FeedCursor;
  format: 'application/json' | typeof PROTOBUF;
  /** The ETag an unchanged poll sends back: the cursor it asked with. */
  requestEtag: string;
}

/** What the feed's checks read of a request: Express's, or the fast lane's bare one. */
export type FeedHttpRequest = Pick<FastRequest, 'get' | 'query' | 'accepts'>;

/** Reads and checks a feed request of `userId`; throws the 4xx problem of the first thing wrong. */
export function feedRequest(
  deps: Pick<QueryApiDeps, 'cursors'>,
  req: FeedHttpRequest,
  userId: string,
): FeedRequest {
  const query = validate(FeedQuery, req.query);
  const selection = feedSelection(req.query);
  // A filtered feed's cursors are its own: signed for the user and the filter together.
  const subject = selection.scope ? `${userId}|${selection.scope}` : userId;
  const cursor = deps.cursors.decode(query.cursor, subject);
  const format = req.accepts(['application/json', PROTOBUF]);
  if (!format) throw problems.notAcceptable(`Ask for application/json or ${PROTOBUF}`);
  return { query, selection, subject, cursor, format, requestEtag: `"${query.cursor ?? ''}"` } as FeedRequest;
}

/** Whether the request's `If-None-Match` names the ETag (or `*`). */
export function etagMatches(req: Pick<FastRequest, 'get'>, etag: string): boolean {
  const header = req.get('if-none-match');
  if (!header) return false;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*');
}

/** The headers of every feed answer, 304s included. */
export const FEED_CACHE_HEADERS = { 'Cache-Control': 'private, no-cache' } as const;
