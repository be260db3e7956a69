import { Router, type Request, type Response } from 'express';
import { FeedPage, feedPageToJson } from '../../proto/index.js';
import { readFeedPage } from './readFeedPage.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { problemResponse, z, type OpenAPIRegistry } from '../../platform/http/index.js';
import type { QueryApiDeps } from '../QueryApiDeps.js';
import { feedPageJson } from './feedPageJson.js';
import { FEED_CACHE_HEADERS, FeedQuery, feedRequest, PROTOBUF } from './feedRequest.js';
import { notModified, unchangedAtOnce } from './feedNotModified.js';
import { requirePosition } from './waitForPosition.js';
import { feedProjectionsFor } from './feedSourcesFor.js';

export function feedRoutes(deps: QueryApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();

  registry.registerPath({
    method: 'get',
    path: '/v1/feed',
    summary: 'Changes visible to the signed-in user since a cursor (delta feed)',
    description:
      'Protobuf (`Accept: application/x-protobuf`, message mobile.v1.FeedPage) or its proto3 JSON form. ' +
      'An empty cursor bootstraps. `wait` long-polls; `If-None-Match: "<cursor>"` answers 304 when nothing changed; ' +
      '`min_position` waits until the read models include that event-store position. ' +
      '`collections=a,b` keeps only those collections (its cursors work only with the same filter); ' +
      "`fields[<collection>]=f1,f2` keeps only those fields of that collection's documents. " +
      'A document the app already holds comes as the fields changed since, named in `updateMask`; ' +
      '`whole=true` always sends whole documents (for stores that replace, such as RxDB). ' +
      '`mustRefetch` means the cursor is older than the tombstones kept: drop local data and bootstrap.',
    security: [{ bearer: [] }],
    request: {
      query: FeedQuery.extend({
        collections: z.string().optional().openapi({
          description: 'Comma-separated collection names: only these collections (cursors are per filter)',
          example: 'jobs,profile',
        }),
        fields: z
          .record(z.string(), z.string())
          .optional()
          .openapi({
            description: "`fields[<collection>]=f1,f2`: only these fields of that collection's documents",
            example: { jobs: 'title,status' },
            param: { style: 'deepObject', explode: true },
          }),
      }),
    },
    responses: {
      200: {
        description: 'A page of changes',
        content: {
          [PROTOBUF]: { schema: { type: 'string', format: 'binary' } },
          'application/json': { schema: feedPageJson(deps.feedSources) },
        },
      },
      304: { description: 'Nothing changed since the cursor' },
      400: problemResponse(
        'Bad parameters or cursor, or min_position beyond the head (position-beyond-head)',
      ),
      401: problemResponse('Not signed in'),
      406: problemResponse('Unsupported Accept'),
      503: problemResponse('min_position not reached in time'),
    },
  });

  router.get('/', authenticate(deps), async (req: Request, res: Response) => {
    const { userId, deviceId } = authOf(req);
    const request = feedRequest(deps, req, userId);
    const { query, selection, subject, cursor, format } = request;
    res.vary('Accept').set(FEED_CACHE_HEADERS);

    // Only requests that may wait need to learn that the client went away.
    const aborted = new AbortController();
    if (query.wait > 0 || query.min_position !== undefined) res.once('close', () => aborted.abort());
    const waitMs = Math.min(query.wait, deps.maxWaitSeconds) * 1000;

    const projections = feedProjectionsFor(deps.feedSources, selection.collections);
    // The check's bounds serve the page's first read (it need not ask where the projections are
    // again), unless a long-poll waited since.
    let reached =
      query.min_position === undefined
        ? undefined
        : await requirePosition(
            deps,
            projections,
            query.min_position,
            Math.max(waitMs, 10_000),
            aborted.signal,
          );

    if (unchangedAtOnce(deps, req, userId, request)) {
      if (waitMs > 0) {
        await deps.tracker.waitForChange(userId, cursor.position, waitMs, aborted.signal);
        reached = undefined;
      }
      if (deps.tracker.unchangedSince(userId, cursor.position)) {
        const answer = notModified(deps, request);
        deps.pulls?.note(deviceId, userId, cursor.position);
        res.status(answer.status).set(answer.headers).end();
        return;
      }
    }

    const properties = await readFeedPage(deps, projections, {
      userId,
      deviceId,
      subject,
      cursor,
      selection,
      limit: query.limit,
      whole: query.whole === 'true',
      waitMs,
      signal: aborted.signal,
      minPosition: query.min_position,
      reached,
    });
    if (properties.mustRefetch) {
      const refetch = FeedPage.create(properties);
      if (format === PROTOBUF) res.type(PROTOBUF).send(Buffer.from(FeedPage.encode(refetch).finish()));
      else res.json(refetch.toJSON());
      return;
    }
    res.set('ETag', `"${properties.nextCursor}"`);
    if (format === PROTOBUF) {
      res.type(PROTOBUF).send(Buffer.from(FeedPage.encode(FeedPage.create(properties)).finish()));
    } else {
      // Proto3 JSON of exactly what the binary carries (defaults omitted, int64 as strings).
      res.json(feedPageToJson(properties));
    }
  });

  return router;
}
