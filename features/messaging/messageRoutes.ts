import { Router, type Request, type Response } from 'express';
import type { CommandApiDeps } from '../../command-api/index.js';
import { signedInContext } from '../../command-api/index.js';
import { authenticate } from '../../platform/auth/index.js';
import { problemResponse, problems, validate, type OpenAPIRegistry } from '../../platform/http/index.js';
import { changeMessage, type MessageChange } from './changeMessage.js';
import type { MessagingLimits } from './messagingDeps.js';
import {
  Changed,
  ConversationParams,
  EditBody,
  Emoji,
  idParam,
  MessageParams,
  MessageSent,
  ReactionParams,
  SendBody,
  json,
  security,
} from './messagingSchemas.js';
import { sendMessage } from './sendMessage.js';

const refusals = {
  403: problemResponse('Blocked, or not the sender'),
  404: problemResponse('No such conversation or message of yours'),
  409: problemResponse('Client message id reused with other content, or the message was deleted'),
  422: problemResponse('Text too long or empty, unknown reply or attachment'),
};

/** The message command routes: send (idempotent by client message id), edit, delete, react. */
export function messageRoutes(
  deps: CommandApiDeps,
  registry: OpenAPIRegistry,
  limits: MessagingLimits,
): Router {
  const router = Router();
  router.use(authenticate(deps));
  const change = async (req: Request, res: Response, body: MessageChange) => {
    const id = idParam(req.params.id, 'Conversation');
    const messageId = idParam(req.params.messageId, 'Message');
    const context = signedInContext(req, res, deps.clock());
    const result = await changeMessage(deps, id, messageId, body, context, limits);
    res.json({ id: messageId, position: result.position });
  };
  const path = (method: 'put' | 'patch' | 'delete', at: string, summary: string, extra: object) =>
    registry.registerPath({
      method,
      path: `/v1/conversations/{id}/messages/{messageId}${at}`,
      summary,
      security,
      ...extra,
      responses: { 200: { description: 'Done', ...json(Changed) }, ...refusals },
    } as never);

  registry.registerPath({
    method: 'post',
    path: '/v1/conversations/{id}/messages',
    summary:
      'Send a message; the server gives its sequence number. The same clientMessageId again answers the first answer (same id and seq); with other content, 409',
    security,
    request: { params: ConversationParams, body: json(SendBody) },
    responses: { 201: { description: 'Sent (or sent before)', ...json(MessageSent) }, ...refusals },
  });
  router.post('/:id/messages', async (req, res) => {
    const conversationId = idParam(req.params.id, 'Conversation');
    const body = validate(SendBody, req.body);
    const context = signedInContext(req, res, deps.clock());
    const input = { conversationId, ...body, replyTo: body.replyTo?.toLowerCase() ?? null };
    const sent = await sendMessage(deps, input, context, limits);
    res.status(201).json({ id: sent.messageId, seq: sent.seq, position: sent.position });
  });

  path('patch', '', 'Edit a message (its sender)', {
    request: { params: MessageParams, body: json(EditBody) },
  });
  router.patch('/:id/messages/:messageId', (req, res) =>
    change(req, res, { type: 'edit', text: validate(EditBody, req.body).text }),
  );

  path('delete', '', 'Delete a message (its sender): it becomes a tombstone', {
    request: { params: MessageParams },
  });
  router.delete('/:id/messages/:messageId', (req, res) => change(req, res, { type: 'delete' }));

  const emojiOf = (req: Request) => {
    const parsed = Emoji.safeParse(req.params.emoji);
    if (!parsed.success) throw problems.badRequest('invalid-emoji', 'Not a reaction');
    return parsed.data;
  };
  path('put', '/reactions/{emoji}', 'React to a message (one reaction per emoji per member)', {
    request: { params: ReactionParams },
  });
  router.put('/:id/messages/:messageId/reactions/:emoji', (req, res) =>
    change(req, res, { type: 'react', emoji: emojiOf(req), on: true }),
  );
  path('delete', '/reactions/{emoji}', 'Take a reaction back', { request: { params: ReactionParams } });
  router.delete('/:id/messages/:messageId/reactions/:emoji', (req, res) =>
    change(req, res, { type: 'react', emoji: emojiOf(req), on: false }),
  );
  return router;
}
