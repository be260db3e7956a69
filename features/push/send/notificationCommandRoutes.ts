import { Router } from 'express';
import { v5 as uuidv5 } from 'uuid';
import { randomUUID } from 'node:crypto';
import {
  NOTIFICATION_CATEGORY,
  notificationDecider,
  type NotificationCatalog,
  type NotificationSender,
} from '../../../domain/notification/index.js';
import type { CommandApiDeps } from '../../../command-api/index.js';
import { commandContextFrom, idempotencyKeyOf, jsonAnswer } from '../../../command-api/index.js';
import { handleCommand, loadStream } from '../../../core/index.js';
import { streamName } from '../../../infra/eventStore/index.js';
import { problemResponse, problems, validate, type OpenAPIRegistry } from '../../../platform/http/index.js';
import { authorizeAppServer, type AppServerCaller } from '../../apiKeys/index.js';
import { NotificationAccepted, NotificationParams, SendNotificationBody } from './notificationSchemas.js';
import { mayHandle } from './sameSender.js';
import { sendNotification } from './sendNotification.js';

const NOTIFICATION_ID_NAMESPACE = '5d0c6f8e-2b7a-4e1f-8c3d-9a4b6e2f1c07';

const senderOf = (caller: AppServerCaller): NotificationSender =>
  caller.type === 'apiKey'
    ? { type: 'apiKey', apiKeyId: caller.apiKeyId }
    : { type: 'admin', userId: caller.userId };
const callerKey = (caller: AppServerCaller) =>
  caller.type === 'apiKey' ? `apiKey:${caller.apiKeyId}` : `user:${caller.userId}`;

/**
 * Transactional sends from app servers (API key with `notifications:send`) or admins:
 * `POST /v1/notifications` (202: the fan-out sends it) and `DELETE /v1/notifications/{id}`
 * (cancels the pages not sent yet).
 */
export function notificationCommandRoutes(
  deps: CommandApiDeps,
  registry: OpenAPIRegistry,
  catalog: NotificationCatalog,
): Router {
  const router = Router();
  const security = [{ bearer: [] }];
  const denied = {
    401: problemResponse('No valid API key or access token, or a revoked key'),
    403: problemResponse('An API key without the scope, or a user who is not an admin'),
  };

  registry.registerPath({
    method: 'post',
    path: '/v1/notifications',
    summary:
      'Send a notification to users, devices or a topic (API key `Bearer evk_…` with notifications:send, or an admin); idempotent by Idempotency-Key',
    security,
    request: { body: { content: { 'application/json': { schema: SendNotificationBody } } } },
    responses: {
      202: jsonAnswer(
        'Accepted: the fan-out sends it; follow `_links.self` for its status',
        NotificationAccepted,
      ),
      ...denied,
      422: problemResponse(
        'Unknown topic, template or category, template values not valid, or a payload over a provider limit (named)',
      ),
    },
  });
  router.post('/', async (req, res) => {
    const caller = await authorizeAppServer(deps, req, 'notifications:send');
    const body = validate(SendNotificationBody, req.body);
    const key = idempotencyKeyOf(req);
    // The same key from the same caller is the same notification (a retry sends nothing twice).
    const notificationId = key
      ? uuidv5(`${callerKey(caller)}|${key}`, NOTIFICATION_ID_NAMESPACE)
      : randomUUID();
    const context = commandContextFrom(
      req,
      res,
      caller.type === 'admin' ? { userId: caller.userId } : {},
      deps.clock(),
    );
    const result = await sendNotification(
      { store: deps.store, catalog },
      { notificationId, body, sender: senderOf(caller), context },
    );
    const href = `/v1/notifications/${notificationId}`;
    res
      .status(202)
      .location(href)
      .json({
        id: notificationId,
        status: 'requested',
        position: result.position,
        _links: { self: { href } },
      });
  });

  registry.registerPath({
    method: 'delete',
    path: '/v1/notifications/{id}',
    summary:
      'Cancel a notification while it is being sent, or while pushes of it are held for the end of quiet hours: pages not sent yet and held pushes are not sent (notifications:send)',
    security,
    request: { params: NotificationParams },
    responses: {
      200: jsonAnswer('Cancelled (or already)', NotificationAccepted),
      ...denied,
      404: problemResponse('No such notification (or another key sent it)'),
      409: problemResponse('Already sent to everyone (no push held for quiet hours either)'),
    },
  });
  router.delete('/:id', async (req, res) => {
    const caller = await authorizeAppServer(deps, req, 'notifications:send');
    const { id } = validate(NotificationParams, req.params);
    const stream = streamName(NOTIFICATION_CATEGORY, id);
    const { state } = await loadStream(deps.store, notificationDecider, stream, deps.snapshots);
    if (!state.request || !mayHandle(caller, state.request.sender))
      throw problems.notFound('No such notification');
    const result = await handleCommand({
      store: deps.store,
      ...(deps.snapshots ? { snapshots: deps.snapshots } : {}),
      decider: notificationDecider,
      stream,
      command: (metadata) => ({
        type: 'CancelNotification' as const,
        data: { notificationId: id },
        metadata,
      }),
      context: commandContextFrom(
        req,
        res,
        caller.type === 'admin' ? { userId: caller.userId } : {},
        deps.clock(),
      ),
    });
    const href = `/v1/notifications/${id}`;
    res.json({ id, status: 'cancelled', position: result.position, _links: { self: { href } } });
  });

  return router;
}
