import { readModelReady } from '../../query-api/index.js';
import { Router, type Request } from 'express';
import { authenticate, authOf } from '../../platform/auth/index.js';
import {
  NOT_A_COMMAND,
  problemResponse,
  problems,
  rateLimit,
  z,
  type OpenAPIRegistry,
} from '../../platform/http/index.js';
import { isConversationMember } from '../messaging/index.js';
import type { PresenceDeps, PresenceTimes } from './presenceDeps.js';
import { readTyping, recordTyping, typingChannel } from './presenceCache.js';
import { json, security, TypingAnswer } from './presenceSchemas.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const Params = z.object({ id: z.string().openapi({ format: 'uuid' }) });

/** Typing updates per user: a client sends one every few seconds while the user types. */
export const TYPING_LIMIT = { limit: 10, windowMs: 10_000 };

/** POST and GET /v1/conversations/{id}/typing: members only (404 for others, as messaging answers). */
export function typingRoutes(deps: PresenceDeps, registry: OpenAPIRegistry, times: PresenceTimes): Router {
  const router = Router();
  const signedIn = authenticate(deps);
  const limited = rateLimit(
    deps.cache,
    [{ name: 'typing-user', ...TYPING_LIMIT, key: (req: Request) => authOf(req).userId }],
    deps.rateLimitMultiplier,
  );
  const memberOnly = async (req: Request) => {
    const id = String(req.params.id);
    if (!UUID.test(id)) throw problems.notFound('Conversation not found');
    const member = readModelReady(
      await isConversationMember(deps.readModels, authOf(req).userId, id.toLowerCase()),
    );
    if (!member) throw problems.notFound('Conversation not found');
    return id.toLowerCase();
  };
  const refusals = {
    404: problemResponse('No such conversation of yours'),
    503: problemResponse('Read models are still being built'),
  };

  registry.registerPath({
    method: 'post',
    path: '/v1/conversations/{id}/typing',
    summary: 'You are typing in this conversation (for TYPING_TTL_SECONDS)',
    security,
    ...NOT_A_COMMAND,
    request: { params: Params },
    responses: { 204: { description: 'Recorded' }, ...refusals },
  });
  router.post('/:id/typing', signedIn, limited, async (req, res) => {
    const id = await memberOnly(req);
    const { userId } = authOf(req);
    await recordTyping(deps.cache, id, userId, times.typingTtlMs);
    await deps.cache.publish(typingChannel(id), JSON.stringify({ conversationId: id, userId, typing: true }));
    res.status(204).end();
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/conversations/{id}/typing',
    summary: 'The members typing in this conversation now, except you',
    security,
    request: { params: Params },
    responses: { 200: { description: 'Who', ...json(TypingAnswer) }, ...refusals },
  });
  router.get('/:id/typing', signedIn, async (req, res) => {
    const id = await memberOnly(req);
    const { userId } = authOf(req);
    const typing = (await readTyping(deps.cache, id)).filter((u) => u !== userId);
    res.set('Cache-Control', 'private, no-store').json({ conversationId: id, userIds: typing });
  });
  return router;
}
