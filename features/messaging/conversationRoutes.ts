import { Router, type Request, type Response } from 'express';
import type { CommandApiDeps } from '../../command-api/index.js';
import { signedInContext } from '../../command-api/index.js';
import { authenticate } from '../../platform/auth/index.js';
import { problemResponse, validate, type OpenAPIRegistry } from '../../platform/http/index.js';
import { changeConversation, type ConversationChange } from './changeConversation.js';
import { markMessages } from './changeMessage.js';
import { createConversation } from './createConversation.js';
import {
  Changed,
  ConversationCreated,
  ConversationParams,
  CreateConversationBody,
  DetailsBody,
  idParam,
  MemberBody,
  MemberParams,
  MuteBody,
  ReceiptBody,
  json,
  security,
} from './messagingSchemas.js';

const refusals = {
  403: problemResponse('Not allowed (not an admin, or blocked)'),
  404: problemResponse('No such conversation of yours'),
  409: problemResponse('Not possible in this conversation (direct, last owner)'),
  422: problemResponse('Unknown user or avatar'),
};

/** The conversation command routes: create, details, members, leave, mute, receipts. */
export function conversationRoutes(deps: CommandApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  router.use(authenticate(deps));
  const context = (req: Request, res: Response) => signedInContext(req, res, deps.clock());
  const change = async (req: Request, res: Response, body: ConversationChange) => {
    const id = idParam(req.params.id, 'Conversation');
    const result = await changeConversation(deps, id, body, context(req, res));
    res.json({ id, position: result.position });
  };
  const path = (method: 'post' | 'put' | 'patch' | 'delete', at: string, summary: string, extra: object) =>
    registry.registerPath({
      method,
      path: `/v1/conversations${at}`,
      summary,
      security,
      ...extra,
      responses: { 200: { description: 'Done', ...json(Changed) }, ...refusals },
    } as never);

  registry.registerPath({
    method: 'post',
    path: '/v1/conversations',
    summary:
      'Create a direct conversation (unique per pair: again, the same id) or a group (the caller owns it)',
    security,
    request: { body: json(CreateConversationBody) },
    responses: {
      201: { description: 'Created', ...json(ConversationCreated) },
      200: {
        description: 'The direct conversation of this pair, created before',
        ...json(ConversationCreated),
      },
      ...refusals,
    },
  });
  router.post('/', async (req, res) => {
    const body = validate(CreateConversationBody, req.body);
    const input =
      body.kind === 'direct'
        ? { kind: body.kind, memberIds: [body.userId], name: null, avatarBlobId: null }
        : {
            kind: body.kind,
            memberIds: body.memberIds,
            name: body.name,
            avatarBlobId: body.avatarBlobId ?? null,
          };
    const result = await createConversation(deps, input, context(req, res));
    res.status(result.created ? 201 : 200).json(result);
  });

  path('patch', '/{id}', 'Rename a group or change its avatar (owners and admins)', {
    request: { params: ConversationParams, body: json(DetailsBody) },
  });
  router.patch('/:id', (req, res) =>
    change(req, res, { type: 'details', ...validate(DetailsBody, req.body) }),
  );

  path(
    'put',
    '/{id}/members/{userId}',
    "Add a member or change a member's role (admins add, owners grant roles)",
    {
      request: { params: MemberParams, body: json(MemberBody) },
    },
  );
  router.put('/:id/members/:userId', (req, res) =>
    change(req, res, {
      type: 'member',
      userId: idParam(req.params.userId, 'User'),
      role: validate(MemberBody, req.body ?? {}).role,
    }),
  );

  path('delete', '/{id}/members/{userId}', 'Remove a member (admins remove members, owners anyone)', {
    request: { params: MemberParams },
  });
  router.delete('/:id/members/:userId', (req, res) =>
    change(req, res, { type: 'remove', userId: idParam(req.params.userId, 'User') }),
  );

  path('post', '/{id}/leave', 'Leave a group (the last owner hands over to an admin, else a member)', {
    request: { params: ConversationParams },
  });
  router.post('/:id/leave', (req, res) => change(req, res, { type: 'leave' }));

  path('put', '/{id}/mute', 'Mute or unmute a conversation for yourself', {
    request: { params: ConversationParams, body: json(MuteBody) },
  });
  router.put('/:id/mute', (req, res) => change(req, res, { type: 'mute', ...validate(MuteBody, req.body) }));

  path('post', '/{id}/receipts', 'Move your delivered-up-to and read-up-to markers (sequence numbers)', {
    request: { params: ConversationParams, body: json(ReceiptBody) },
  });
  router.post('/:id/receipts', async (req, res) => {
    const id = idParam(req.params.id, 'Conversation');
    const body = validate(ReceiptBody, req.body);
    const result = await markMessages(deps, id, body, context(req, res));
    res.json({ id, position: result.position });
  });
  return router;
}
