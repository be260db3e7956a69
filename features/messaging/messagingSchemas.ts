import { problems, z } from '../../platform/http/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path id that is no uuid names nothing: 404 (as a missing conversation). */
export const idParam = (value: unknown, what: string) => {
  const id = String(value);
  if (!UUID.test(id)) throw problems.notFound(`${what} not found`);
  return id.toLowerCase();
};

const userId = z.uuid();
const blobId = z.string().min(1).max(64);

export const CreateConversationBody = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('direct'), userId }),
    z.strictObject({
      kind: z.literal('group'),
      name: z.string().trim().min(1).max(100),
      avatarBlobId: blobId.optional(),
      memberIds: z.array(userId).max(255).default([]),
    }),
  ])
  .openapi('CreateConversation');
export const ConversationCreated = z
  .object({ id: z.uuid(), position: z.number().int(), created: z.boolean() })
  .openapi('ConversationCreated');
export const DetailsBody = z
  .strictObject({
    name: z.string().trim().min(1).max(100).optional(),
    avatarBlobId: blobId.nullable().optional(),
  })
  .openapi('ConversationDetails');
export const MemberBody = z
  .strictObject({ role: z.enum(['owner', 'admin', 'member']).default('member') })
  .openapi('ConversationMember');
export const MuteBody = z.strictObject({ muted: z.boolean() }).openapi('ConversationMute');
export const ReceiptBody = z
  .strictObject({
    delivered: z.number().int().min(0).optional(),
    read: z.number().int().min(0).optional(),
  })
  .refine((b) => b.delivered !== undefined || b.read !== undefined, 'Name delivered or read')
  .openapi('ConversationReceipts');
export const Changed = z.object({ id: z.uuid(), position: z.number().int() }).openapi('ConversationChanged');

export const SendBody = z
  .strictObject({
    clientMessageId: z.string().min(1).max(100),
    text: z.string().max(100_000).default(''),
    attachments: z.array(blobId).max(10).default([]),
    replyTo: z.uuid().optional(),
  })
  .openapi('SendMessage');
export const MessageSent = z
  .object({ id: z.uuid(), seq: z.number().int(), position: z.number().int() })
  .openapi('MessageSent');
export const EditBody = z.strictObject({ text: z.string().max(100_000) }).openapi('EditMessage');
export const Emoji = z
  .string()
  .min(1)
  .max(32)
  .regex(/^\S+$/)
  .refine((emoji) => emoji !== '__proto__', 'not an emoji');

export const ConversationParams = z.object({ id: z.string().openapi({ format: 'uuid' }) });
export const MemberParams = ConversationParams.extend({ userId: z.string().openapi({ format: 'uuid' }) });
export const MessageParams = ConversationParams.extend({ messageId: z.string().openapi({ format: 'uuid' }) });
export const ReactionParams = MessageParams.extend({ emoji: z.string() });
export const security = [{ bearer: [] }];

/** A JSON request or response body of `schema`, for the OpenAPI registry. */
export const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
