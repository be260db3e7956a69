import { Router, type Request } from 'express';
import type { CommandApiDeps } from '../../command-api/index.js';
import { signedInContext } from '../../command-api/index.js';
import { readModelReady } from '../../query-api/index.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import {
  NOT_A_COMMAND,
  problemResponse,
  problems,
  rateLimit,
  validate,
  type OpenAPIRegistry,
} from '../../platform/http/index.js';
import { isConversationMember, isMemberInLog } from '../messaging/index.js';
import type { LocationRules } from './locationDeps.js';
import { readLiveShares } from './locationCache.js';
import {
  ConversationParams,
  json,
  LiveShares,
  PositionAnswer,
  PositionBody,
  security,
  ShareBody,
  ShareStarted,
  ShareStopped,
} from './locationSchemas.js';
import { startSharing } from './startSharing.js';
import { stopSharing } from './stopSharing.js';
import { updatePosition } from './updatePosition.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Position updates per user: beyond the throttle (which drops, not refuses), a flood is refused. */
export const LOCATION_UPDATE_LIMIT = { limit: 120, windowMs: 60_000 };
/**
 * Starts and stops of shares per user (RATE_LIMIT_MULTIPLIER applies): each appends an event, and
 * a start schedules its expiry, so a flood of them must not reach the log.
 */
export const LOCATION_SHARE_LIMIT = { limit: 30, windowMs: 60_000 };

/**
 * Live location under /v1/conversations/{id}: start and stop sharing (events), the caller's
 * position (the cache only) and the members' live positions. Members only: 404 for anyone
 * else, as messaging answers, before the body is looked at.
 */
export function locationRoutes(
  deps: CommandApiDeps,
  registry: OpenAPIRegistry,
  rules: LocationRules,
): Router {
  const router = Router();
  const signedIn = authenticate(deps);
  const limited = rateLimit(
    deps.cache,
    [{ name: 'location-user', ...LOCATION_UPDATE_LIMIT, key: (req: Request) => authOf(req).userId }],
    deps.rateLimitMultiplier,
  );
  const shareLimited = rateLimit(
    deps.cache,
    [{ name: 'location-share-user', ...LOCATION_SHARE_LIMIT, key: (req: Request) => authOf(req).userId }],
    deps.rateLimitMultiplier,
  );
  const memberOnly = async (req: Request) => {
    const id = String(req.params.id);
    if (!UUID.test(id)) throw problems.notFound('Conversation not found');
    const conversationId = id.toLowerCase();
    const member = readModelReady(
      await isConversationMember(deps.readModels, authOf(req).userId, conversationId),
    );
    if (!member) throw problems.notFound('Conversation not found');
    return conversationId;
  };
  const refusals = {
    404: problemResponse('No such conversation of yours'),
    503: problemResponse('Read models are still being built'),
  };

  registry.registerPath({
    method: 'post',
    path: '/v1/conversations/{id}/location-share',
    summary: 'Share your live location with this conversation for a chosen time (again: replaces the share)',
    security,
    request: { params: ConversationParams, body: json(ShareBody) },
    responses: {
      200: { description: 'Sharing until endsAt', ...json(ShareStarted) },
      ...refusals,
      422: problemResponse('Not one of the offered durations'),
    },
  });
  router.post('/:id/location-share', signedIn, shareLimited, async (req, res) => {
    const conversationId = await memberOnly(req);
    const body = validate(ShareBody, req.body ?? {});
    // The read model may not have seen a removal yet, and a share started after it would never
    // be ended by it: a start asks the conversation's stream too.
    if (!(await isMemberInLog(deps, conversationId, authOf(req).userId)))
      throw problems.notFound('Conversation not found');
    const share = await startSharing(
      deps,
      rules,
      { conversationId, ...body },
      signedInContext(req, res, deps.clock()),
    );
    res.json(share);
  });

  registry.registerPath({
    method: 'delete',
    path: '/v1/conversations/{id}/location-share',
    summary: 'Stop sharing your live location with this conversation, now (nothing of it stays readable)',
    security,
    request: { params: ConversationParams },
    responses: { 200: { description: 'Stopped (or was not sharing)', ...json(ShareStopped) }, ...refusals },
  });
  router.delete('/:id/location-share', signedIn, shareLimited, async (req, res) => {
    const conversationId = await memberOnly(req);
    res.json(await stopSharing(deps, conversationId, signedInContext(req, res, deps.clock())));
  });

  registry.registerPath({
    method: 'put',
    path: '/v1/conversations/{id}/location',
    summary:
      'Your latest position for your share (kept in the cache only, until the share ends); ' +
      'an update the throttle drops answers 200 with stored: false',
    security,
    ...NOT_A_COMMAND,
    request: { params: ConversationParams, body: json(PositionBody) },
    responses: {
      200: { description: 'Kept, or dropped by the throttle', ...json(PositionAnswer) },
      ...refusals,
      409: problemResponse('You are not sharing your location with this conversation'),
    },
  });
  router.put('/:id/location', signedIn, limited, async (req, res) => {
    const conversationId = await memberOnly(req);
    const body = validate(PositionBody, req.body ?? {});
    const answer = await updatePosition(deps, rules, { conversationId, userId: authOf(req).userId }, body);
    res.set('Cache-Control', 'no-store').json(answer);
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/conversations/{id}/locations',
    summary: "The members' active live-location shares with their latest positions",
    security,
    request: { params: ConversationParams },
    responses: { 200: { description: 'Active shares only', ...json(LiveShares) }, ...refusals },
  });
  router.get('/:id/locations', signedIn, async (req, res) => {
    const conversationId = await memberOnly(req);
    const shares = await readLiveShares(deps.cache, conversationId, deps.clock());
    res.set('Cache-Control', 'private, no-store').json({ conversationId, shares });
  });
  return router;
}
