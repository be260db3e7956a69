import { Router } from 'express';
import { problemResponse, problems, validate, type OpenAPIRegistry } from '../../../platform/http/index.js';
import type { QueryApiDeps } from '../../../query-api/index.js';
import { authorizeAppServer } from '../../apiKeys/index.js';
import { NotificationParams, NotificationStatus } from './notificationSchemas.js';
import { readNotificationStatus, type ReceiptCounts } from './readNotificationStatus.js';
import { mayHandle } from './sameSender.js';

/**
 * `GET /v1/notifications/{id}`: a notification's status and statistics (API key with
 * `notifications:read` that sent it, or an admin). `receipts` fills `received` and `opened`
 * once the receipts are wired (null without it).
 */
export function notificationQueryRoutes(
  deps: QueryApiDeps,
  registry: OpenAPIRegistry,
  receipts?: ReceiptCounts,
): Router {
  const router = Router();
  registry.registerPath({
    method: 'get',
    path: '/v1/notifications/{id}',
    summary:
      'A notification: requested, sending, sent or cancelled, and its statistics from the delivery ledger (API key with notifications:read, or an admin)',
    security: [{ bearer: [] }],
    request: { params: NotificationParams },
    responses: {
      200: { description: 'Its status', content: { 'application/json': { schema: NotificationStatus } } },
      401: problemResponse('No valid API key or access token, or a revoked key'),
      403: problemResponse('An API key without the scope, or a user who is not an admin'),
      404: problemResponse('No such notification (or another key sent it), or not projected yet'),
    },
  });
  router.get('/:id', async (req, res) => {
    const caller = await authorizeAppServer(deps, req, 'notifications:read');
    const { id } = validate(NotificationParams, req.params);
    const view = await readNotificationStatus(deps.db.knex, id, receipts);
    if (!view || !mayHandle(caller, view.sender)) throw problems.notFound('No such notification');
    const { sender: _sender, ...shown } = view;
    res.json(shown);
  });
  return router;
}
