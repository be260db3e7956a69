import { readModelReady } from '../../query-api/index.js';
import { Router } from 'express';
import { presenceOf, statusOf } from '../../domain/presence/index.js';
import { signedInContext } from '../../command-api/index.js';
import { authenticate, authOf, deviceIdOf } from '../../platform/auth/index.js';
import { NOT_A_COMMAND, problemResponse, validate, type OpenAPIRegistry } from '../../platform/http/index.js';
import { contactsAmong } from '../messaging/index.js';
import type { PresenceDeps, PresenceTimes } from './presenceDeps.js';
import { presenceChannel, readLive, recordHeartbeat, recordOffline } from './presenceCache.js';
import {
  HeartbeatBody,
  json,
  Presence,
  Presences,
  PresenceQuery,
  security,
  VisibilityAnswer,
  VisibilityBody,
} from './presenceSchemas.js';
import { isPresenceHidden, setPresenceVisibility } from './presenceVisibility.js';

/** Publishes what others now see of the user (offline when hidden), for the realtime transports. */
async function announce(deps: PresenceDeps, userId: string) {
  const hidden = await isPresenceHidden(deps, userId);
  const seen = presenceOf('', userId, { ...(await readLive(deps.cache, userId)), hidden });
  await deps.cache.publish(presenceChannel(userId), JSON.stringify(seen));
}

/** PUT/DELETE /v1/me/presence (this device), PUT /v1/me/presence/visibility. */
export function myPresenceRoutes(
  deps: PresenceDeps,
  registry: OpenAPIRegistry,
  times: PresenceTimes,
): Router {
  const router = Router();
  router.use(authenticate(deps));
  const heartbeat = { 200: { description: "The user's status now", ...json(Presence) } };
  const noDevice = { 403: problemResponse('The access token names no device') };
  registry.registerPath({
    method: 'put',
    path: '/v1/me/presence',
    summary: `This device is online or away, for PRESENCE_TTL_SECONDS (re-sent as a heartbeat)`,
    security,
    ...NOT_A_COMMAND,
    request: { body: json(HeartbeatBody) },
    responses: { ...heartbeat, ...noDevice },
  });
  router.put('/', async (req, res) => {
    const body = validate(HeartbeatBody, req.body ?? {});
    const deviceId = deviceIdOf(req, 'report presence');
    const { userId } = authOf(req);
    const now = deps.clock();
    await recordHeartbeat(deps.cache, {
      userId,
      deviceId,
      status: body.status,
      ttlMs: times.presenceTtlMs,
      now,
    });
    await announce(deps, userId);
    const live = await readLive(deps.cache, userId);
    res.json({ userId, status: statusOf(live.entries), lastSeenAt: live.lastSeenAt });
  });

  registry.registerPath({
    method: 'delete',
    path: '/v1/me/presence',
    summary: 'This device is offline now',
    security,
    ...NOT_A_COMMAND,
    responses: { ...heartbeat, ...noDevice },
  });
  router.delete('/', async (req, res) => {
    const deviceId = deviceIdOf(req, 'report presence');
    const { userId } = authOf(req);
    await recordOffline(deps.cache, userId, deviceId, deps.clock());
    await announce(deps, userId);
    const live = await readLive(deps.cache, userId);
    res.json({ userId, status: statusOf(live.entries), lastSeenAt: live.lastSeenAt });
  });

  registry.registerPath({
    method: 'put',
    path: '/v1/me/presence/visibility',
    summary: 'Hide your presence and last seen from others (you appear offline), or show them again',
    security,
    request: { body: json(VisibilityBody) },
    responses: { 200: { description: 'Recorded', ...json(VisibilityAnswer) } },
  });
  router.put('/visibility', async (req, res) => {
    const body = validate(VisibilityBody, req.body ?? {});
    const result = await setPresenceVisibility(deps, body.hidden, signedInContext(req, res, deps.clock()));
    await announce(deps, authOf(req).userId);
    res.json({ hidden: body.hidden, position: result.position });
  });
  return router;
}

/** GET /v1/presence?userIds=…: yourself and those who share a conversation with you. */
export function presenceQueryRoutes(deps: PresenceDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  registry.registerPath({
    method: 'get',
    path: '/v1/presence',
    summary: 'The presence of users who share a conversation with you (others are left out)',
    security,
    request: { query: PresenceQuery },
    responses: {
      200: { description: 'Those you may see', ...json(Presences) },
      503: problemResponse('Read models are still being built'),
    },
  });
  router.get('/', authenticate(deps), async (req, res) => {
    const { userIds } = validate(PresenceQuery, req.query);
    const viewer = authOf(req).userId;
    const others = userIds.filter((id) => id !== viewer);
    const contacts = readModelReady(await contactsAmong(deps.readModels, viewer, others));
    const visible = new Set([...contacts, ...(userIds.includes(viewer) ? [viewer] : [])]);
    const presences = await Promise.all(
      userIds
        .filter((id) => visible.has(id))
        .map(async (id) =>
          presenceOf(viewer, id, {
            ...(await readLive(deps.cache, id)),
            hidden: await isPresenceHidden(deps, id),
          }),
        ),
    );
    res.set('Cache-Control', 'private, no-store').json({ presences });
  });
  return router;
}
