import { Router, type Request, type Response } from 'express';
import { FeedPage, feedPageToJson } from '../../proto/index.js';
import type { FeedEntry } from '../../projectors/index.js';
import { MustRefetch, readFeedRows } from './readFeedRows.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { problemResponse, z, type OpenAPIRegistry } from '../../platform/http/index.js';
import type { QueryApiDeps } from '../QueryApiDeps.js';
import { feedPageJson } from './feedPageJson.js';
import { selectFields } from './feedSelection.js';
import { FEED_CACHE_HEADERS, FeedQuery, feedRequest, PROTOBUF } from './feedRequest.js';
import { notModified, unchangedAtOnce } from './feedNotModified.js';
import { requirePosition } from './waitForPosition.js';
import { feedSourcesFor } from './feedSourcesFor.js';

export function feedRoutes(deps: QueryApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  const feedProjections = [...new Set(deps.feedSources.map((s) => s.projection))];
  // A filtered feed (its cursors are its own) waits for, and pages up to, only the projections
  // of its collections' sources: a read-your-write of one collection waits for its projection,
  // not for every projection of the feed.
  const projectionsOf = (collections: readonly string[] | undefined) => {
    if (!collections) return feedProjections;
    const own = [...new Set(feedSourcesFor(deps.feedSources, collections).map((s) => s.projection))];
    return own.length > 0 ? own : feedProjections;
  };

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

    const projections = projectionsOf(selection.collections);
    if (query.min_position !== undefined) {
      await requirePosition(deps, projections, query.min_position, Math.max(waitMs, 10_000), aborted.signal);
    }

    if (unchangedAtOnce(deps, req, userId, request)) {
      if (waitMs > 0) await deps.tracker.waitForChange(userId, cursor.position, waitMs, aborted.signal);
      if (deps.tracker.unchangedSince(userId, cursor.position)) {
        const answer = notModified(deps, request);
        deps.pulls?.note(deviceId, userId, cursor.position);
        res.status(answer.status).set(answer.headers).end();
        return;
      }
    }

    let upTo: number;
    let rows: FeedEntry[];
    try {
      ({ upTo, rows } = await readFeedRows(deps, projections, {
        userId,
        cursor,
        limit: query.limit + 1,
        collections: selection.collections,
        waitMs,
        signal: aborted.signal,
      }));
    } catch (error) {
      if (!(error instanceof MustRefetch)) throw error;
      deps.metrics.feedReads.inc({ outcome: 'must_refetch' });
      const refetch = FeedPage.create({ mustRefetch: true, nextCursor: '', position: cursor.position });
      if (format === PROTOBUF) res.type(PROTOBUF).send(Buffer.from(FeedPage.encode(refetch).finish()));
      else res.json(refetch.toJSON());
      return;
    }
    const hasMore = rows.length > query.limit;
    const page = rows.slice(0, query.limit);
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
    const nextCursor = deps.cursors.encode({ ...next, base: hasMore ? cursor.base : next.position }, subject);
    const properties = {
      changes: page.map((entry) =>
        entry.change({
          select: (collection, doc) => selectFields(selection, collection, doc),
          maskBase: query.whole === 'true' ? 0 : cursor.base,
        }),
      ),
      nextCursor,
      hasMore,
      position: Math.max(next.position, query.min_position ?? 0),
    };
    // The device holds its feed up to where this page ends, when it leaves nothing behind.
    deps.pulls?.note(deviceId, userId, hasMore ? cursor.position : next.position);
    res.set('ETag', `"${nextCursor}"`);
    if (format === PROTOBUF) {
      res.type(PROTOBUF).send(Buffer.from(FeedPage.encode(FeedPage.create(properties)).finish()));
    } else {
      // Proto3 JSON of exactly what the binary carries (defaults omitted, int64 as strings).
      res.json(feedPageToJson(properties));
    }
  });

  return router;
}
