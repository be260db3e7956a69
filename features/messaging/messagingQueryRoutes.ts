import { Router } from 'express';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { problemResponse, problems, validate, z, type OpenAPIRegistry } from '../../platform/http/index.js';
import type { QueryApiDeps } from '../../query-api/index.js';
import { readModelReady } from '../../query-api/index.js';
import { awaitMinPosition } from '../../query-api/feed/index.js';
import {
  MESSAGING_PROJECTION,
  readConversation,
  readConversations,
  readMessages,
} from './conversationList/index.js';
import { ConversationParams, idParam, json, security } from './messagingSchemas.js';

const MinPosition = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional();
const ListQuery = z.object({ min_position: MinPosition });
const MessagesQuery = z.object({
  before: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .openapi({ description: 'The `next` of the previous page' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  min_position: MinPosition,
});
const Conversation = z
  .object({
    id: z.uuid(),
    kind: z.enum(['direct', 'group']),
    name: z.string().nullable(),
    avatarBlobId: z.string().nullable(),
    role: z.enum(['owner', 'admin', 'member']),
    muted: z.boolean(),
    members: z.array(
      z.object({ userId: z.uuid(), role: z.string(), deliveredUpTo: z.number(), readUpTo: z.number() }),
    ),
    lastSeq: z.number().int(),
    lastMessage: z
      .object({
        id: z.uuid(),
        seq: z.number(),
        senderId: z.uuid(),
        text: z.string().nullable(),
        sentAt: z.string(),
      })
      .nullable(),
    deliveredUpTo: z.number().int(),
    readUpTo: z.number().int(),
    unread: z.number().int(),
  })
  .openapi('Conversation');
const Message = z
  .object({
    id: z.uuid(),
    seq: z.number().int(),
    senderId: z.uuid(),
    clientMessageId: z.string(),
    text: z.string().nullable(),
    attachments: z.array(z.string()),
    replyTo: z.uuid().nullable(),
    reactions: z.record(z.string(), z.array(z.uuid())),
    sentAt: z.string(),
    editedAt: z.string().nullable(),
    deleted: z.boolean(),
  })
  .openapi('ChatMessage');
const common = {
  400: problemResponse('Invalid query'),
  401: problemResponse('Not signed in'),
  503: problemResponse('Read models are still being built'),
};

/** Reads of the messaging read models: the caller's conversations and a conversation's messages. */
export function messagingQueryRoutes(deps: QueryApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  router.use(authenticate(deps));
  registry.registerPath({
    method: 'get',
    path: '/v1/conversations',
    summary: 'Your conversations, the latest message first, with unread counts',
    security,
    request: { query: ListQuery },
    responses: {
      200: { description: 'The list', ...json(z.object({ conversations: z.array(Conversation) })) },
      ...common,
    },
  });
  router.get('/', async (req, res) => {
    const query = validate(ListQuery, req.query);
    await awaitMinPosition(deps, res, [MESSAGING_PROJECTION], query.min_position);
    const conversations = readModelReady(await readConversations(deps.db.knex, authOf(req).userId));
    res.set('Cache-Control', 'private, no-cache').json({ conversations });
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/conversations/{id}',
    summary: 'One of your conversations',
    security,
    request: { params: ConversationParams, query: ListQuery },
    responses: {
      200: { description: 'It', ...json(Conversation) },
      404: problemResponse('No such conversation of yours'),
      ...common,
    },
  });
  router.get('/:id', async (req, res) => {
    const id = idParam(req.params.id, 'Conversation');
    const query = validate(ListQuery, req.query);
    await awaitMinPosition(deps, res, [MESSAGING_PROJECTION], query.min_position);
    const found = readModelReady(await readConversation(deps.db.knex, authOf(req).userId, id));
    if (!found) throw problems.notFound('Conversation not found');
    res.set('Cache-Control', 'private, no-cache').json(found);
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/conversations/{id}/messages',
    summary: "A page of a conversation's messages, newest first (members only)",
    security,
    request: { params: ConversationParams, query: MessagesQuery },
    responses: {
      200: {
        description: 'A page; `next` is the `before` of the next page (null: no more)',
        ...json(z.object({ messages: z.array(Message), next: z.number().int().nullable() })),
      },
      404: problemResponse('No such conversation of yours'),
      ...common,
    },
  });
  router.get('/:id/messages', async (req, res) => {
    const id = idParam(req.params.id, 'Conversation');
    const query = validate(MessagesQuery, req.query);
    await awaitMinPosition(deps, res, [MESSAGING_PROJECTION], query.min_position);
    const page = readModelReady(
      await readMessages(deps.db.knex, authOf(req).userId, id, { before: query.before, limit: query.limit }),
    );
    if (!page) throw problems.notFound('Conversation not found');
    res.set('Cache-Control', 'private, no-cache').json(page);
  });
  return router;
}
