import { z } from '../../platform/http/index.js';

export const security = [{ bearer: [] }];
export const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

export const HeartbeatBody = z
  .strictObject({ status: z.enum(['online', 'away']) })
  .openapi('PresenceHeartbeat');
export const VisibilityBody = z.strictObject({ hidden: z.boolean() }).openapi('PresenceVisibility');
export const VisibilityAnswer = z
  .object({ hidden: z.boolean(), position: z.number().int() })
  .openapi('PresenceVisibilitySet');
export const Presence = z
  .object({
    userId: z.uuid(),
    status: z.enum(['online', 'away', 'offline']),
    lastSeenAt: z.string().nullable(),
  })
  .openapi('Presence');

/** At most this many ids per presence query. */
export const MAX_PRESENCE_IDS = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const PresenceQuery = z.object({
  userIds: z
    .string()
    .max(MAX_PRESENCE_IDS * 37)
    .transform((value) => [...new Set(value.split(',').map((id) => id.trim().toLowerCase()))])
    .pipe(z.array(z.string().regex(UUID, 'Not a user id')).min(1).max(MAX_PRESENCE_IDS))
    .openapi({ description: `Comma-separated user ids, at most ${MAX_PRESENCE_IDS}`, type: 'string' }),
});
export const TypingAnswer = z
  .object({ conversationId: z.uuid(), userIds: z.array(z.uuid()) })
  .openapi('Typing');
export const Presences = z.object({ presences: z.array(Presence) }).openapi('Presences');
