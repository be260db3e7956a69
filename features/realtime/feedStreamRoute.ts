import { Router, type Request, type Response } from 'express';
import { feedPageToJson, type FeedPageProperties, type ServerFrameProperties } from '../../proto/index.js';
import { FeedQuery, feedSelection } from '../../query-api/index.js';
import {
  connectionCapped,
  declareRateLimits,
  problemResponse,
  validate,
  z,
  type OpenAPIRegistry,
} from '../../platform/http/index.js';
import { followFeed } from './followFeed.js';
import { bearerToken, verifyToken } from './realtimeAuth.js';
import type { RealtimeProcess } from './RealtimeContext.js';
import { PresenceWatch } from './PresenceWatch.js';
import { SessionWatch } from './SessionWatch.js';

const StreamQuery = FeedQuery.pick({ cursor: true, limit: true, whole: true }).extend({
  presence: z
    .enum(['true', 'false'])
    .default('false')
    .openapi({
      description:
        'Also send `presence`, `typing` and `location` events: the presence of those who share a conversation with you, ' +
        "the typing and live locations in your conversations (as the socket's Watch; `watching` says when it is in place).",
    }),
  access_token: z
    .string()
    .max(4096)
    .optional()
    .openapi({
      description:
        'The access token, for clients that cannot send `Authorization` (a browser EventSource). ' +
        'Prefer the header: a URL can end up in a proxy log or the browser history.',
    }),
});

/** Why the server ends a stream: the data of its last event, `end`. */
type EndReason =
  'token-expired' | 'session-revoked' | 'slow-consumer' | 'must-refetch' | 'shutdown' | 'error';

/** One SSE event: a page, whose id is the cursor after it (empty after a mustRefetch page). */
function pageEvent(page: FeedPageProperties): string {
  return `id: ${page.nextCursor ?? ''}\nevent: page\ndata: ${JSON.stringify(feedPageToJson(page))}\n\n`;
}

/** A presence, typing, location or watch event (no id: the EventSource's Last-Event-ID stays the page cursor). */
function watchEvent(frame: ServerFrameProperties): string {
  const [name, data] = frame.presence
    ? ['presence', frame.presence]
    : frame.typing
      ? ['typing', frame.typing]
      : frame.location
        ? ['location', frame.location]
        : frame.watching
          ? ['watching', frame.watching]
          : ['watch-error', frame.watchError];
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * `GET /v1/feed/stream`: the delta feed as Server-Sent Events, the same pages with the same
 * cursors as `GET /v1/feed`. `Last-Event-ID` (or `cursor`) is where to start, so an
 * EventSource that reconnects resumes after the last page it received.
 */
export function feedStreamRoute(context: RealtimeProcess, registry: OpenAPIRegistry): Router {
  const { deps, settings, limits } = context;
  const router = Router();
  registry.registerPath({
    method: 'get',
    path: '/v1/feed/stream',
    summary: 'The delta feed as it changes, as Server-Sent Events',
    description:
      'Each `page` event carries a FeedPage in proto3 JSON, with the cursor after it as its id: the first ' +
      'page at once, then each page as the feed changes (the same changes and cursors as GET /v1/feed). ' +
      '`Last-Event-ID` (sent by an EventSource when it reconnects) or `cursor` says where to start. Comments ' +
      'are heartbeats. An `end` event names why the server closes the stream: `token-expired` (reconnect ' +
      'with a new token), `session-revoked`, `slow-consumer`, `must-refetch` (bootstrap), `shutdown`. With ' +
      '`presence=true`, also `presence` {userId, status, lastSeenAt} and `typing` {conversationId, userId} events ' +
      'and `location` (a LocationUpdate: started, position, ended) events (no id), `watching` {users, conversations} when who is watched is read, `watch-error` {type, detail}.',
    security: [{ bearer: [] }],
    request: {
      query: StreamQuery,
      headers: z.object({
        'last-event-id': z
          .string()
          .max(512)
          .optional()
          .openapi({ description: 'The cursor to resume after' }),
      }),
    },
    responses: {
      200: {
        description: 'The stream of pages',
        content: { 'text/event-stream': { schema: { type: 'string' } } },
      },
      400: problemResponse('Bad parameters or cursor'),
      401: problemResponse('Not signed in'),
    },
  });

  // Its 429 (`too-many-connections`) is documented from the cap, as rate limits are.
  const cap = { name: 'too-many-connections', limit: settings.REALTIME_CONNECTIONS_PER_USER, per: 'user' };
  const stream = async (req: Request, res: Response) => {
    const query = validate(StreamQuery, req.query);
    const session = await verifyToken(deps, bearerToken(req) ?? query.access_token);
    const { userId, deviceId } = session.claims;
    const selection = feedSelection(req.query as Record<string, unknown>);
    const subject = selection.scope ? `${userId}|${selection.scope}` : userId;
    const cursor = deps.cursors.decode(req.get('last-event-id') || query.cursor, subject);
    const admission = await limits.admit(userId);
    // Gone while admitted: its `close` has passed, and would not release the place.
    if (req.socket.destroyed) return admission.cancel();

    res.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform: the compression middleware would hold events back.
      'Cache-Control': 'private, no-cache, no-transform',
      'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    const aborted = new AbortController();
    const end = (reason: EndReason) => {
      if (aborted.signal.aborted) return;
      aborted.abort();
      deps.metrics.realtimeClosed.inc({ transport: 'sse', reason });
      if (reason !== 'slow-consumer') res.write(`event: end\ndata: ${reason}\n\n`);
      res.end();
    };
    const tooSlow = () => {
      if (res.writableLength <= settings.REALTIME_MAX_BUFFERED_BYTES) return false;
      // A client that does not read: it reconnects from its Last-Event-ID.
      end('slow-consumer');
      res.destroy();
      return true;
    };
    const presence =
      query.presence === 'true'
        ? new PresenceWatch(deps, userId, (frame) => {
            if (aborted.signal.aborted) return;
            res.write(watchEvent(frame));
            tooSlow();
          })
        : undefined;
    const watch = new SessionWatch(deps, session, settings.REALTIME_HEARTBEAT_SECONDS * 1000, {
      // Who the presence events are for is read again when the user's feed moves (PresenceWatch).
      heartbeat: () => void res.write(': heartbeat\n\n'),
      expired: () => end('token-expired'),
      revoked: () => end('session-revoked'),
    });
    const release = admission.take(userId, { shutdown: () => end('shutdown') });
    deps.metrics.realtimeConnections.inc({ transport: 'sse' });
    res.once('close', () => {
      deps.metrics.realtimeConnections.dec({ transport: 'sse' });
      aborted.abort();
      watch.stop();
      presence?.stop();
      release();
    });
    presence?.watch([]);
    followFeed(deps, {
      userId,
      deviceId,
      subject,
      cursor,
      selection,
      limit: query.limit,
      whole: query.whole === 'true',
      signal: aborted.signal,
      send: (page) => {
        res.write(pageEvent(page));
        if (page.mustRefetch) end('must-refetch');
        else if (!tooSlow() && page.changes?.some((change) => change.collection === 'conversations'))
          presence?.refresh();
      },
    }).catch((error: unknown) => {
      deps.logger.warn({ err: error }, 'feed stream failed');
      end('error');
    });
  };
  router.get('/', connectionCapped(stream, cap));
  declareRateLimits(registry, '/v1/feed/stream', router);
  return router;
}
