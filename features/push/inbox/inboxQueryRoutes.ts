import { Router } from 'express';
import { authenticate, authOf } from '../../../platform/auth/index.js';
import { problemResponse, problems, validate, type OpenAPIRegistry } from '../../../platform/http/index.js';
import type { QueryApiDeps } from '../../../query-api/index.js';
import { readModelReady } from '../../../query-api/index.js';
import { awaitMinPosition } from '../../../query-api/feed/index.js';
import { InboxPageSchema, InboxQuery, NOTIFICATION_ID } from './inboxSchemas.js';
import { INBOX_PROJECTION } from './inboxTables.js';
import { readInbox, type InboxCursor } from './readInbox.js';

/** The cursor of the next page: the last item's position and id, base64url (opaque to apps). */
const encodeCursor = (cursor: InboxCursor) =>
  Buffer.from(`${cursor.position}/${cursor.id}`).toString('base64url');

function decodeCursor(text: string): InboxCursor {
  const [position, id, ...rest] = Buffer.from(text, 'base64url').toString().split('/');
  const number = Number(position);
  if (rest.length > 0 || !id || !NOTIFICATION_ID.test(id) || !/^\d{1,15}$/.test(position ?? ''))
    throw problems.badRequest('invalid-cursor', 'The cursor is not one this API gave');
  return { position: number, id };
}

/** GET /v1/me/notifications: the signed-in user's inbox, newest first, with the unread count. */
export function inboxQueryRoutes(deps: QueryApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  registry.registerPath({
    method: 'get',
    path: '/v1/me/notifications',
    summary: "The signed-in user's notification inbox, newest first, and the unread count",
    security: [{ bearer: [] }],
    request: { query: InboxQuery },
    responses: {
      200: {
        description: 'A page of the inbox',
        content: { 'application/json': { schema: InboxPageSchema } },
      },
      400: problemResponse('Invalid query or cursor'),
      401: problemResponse('Not signed in'),
      503: problemResponse('Read models are still being built'),
    },
  });
  router.get('/', authenticate(deps), async (req, res) => {
    const query = validate(InboxQuery, req.query);
    const before = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    await awaitMinPosition(deps, res, [INBOX_PROJECTION], query.min_position);
    const page = readModelReady(
      await readInbox(deps.db.knex, authOf(req).userId, { before, limit: query.limit }),
    );
    res.set('Cache-Control', 'private, no-cache').json({
      notifications: page.notifications,
      unread: page.unread,
      next: page.next ? encodeCursor(page.next) : null,
    });
  });
  return router;
}
