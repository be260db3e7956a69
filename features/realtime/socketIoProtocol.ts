import { z } from 'zod';
import { CLOSE } from './closeCodes.js';

/** The namespace the feed is served on (Socket.IO's engine path stays its default, `/socket.io/`). */
export const SOCKET_IO_NAMESPACE = '/v1';
export const SOCKET_IO_PATH = '/socket.io/';

/** The handshake's `auth`: the access token, and how pages are encoded (JSON unless asked). */
export const SocketIoAuth = z.object({
  token: z.string().max(4096),
  format: z.enum(['json', 'protobuf']).default('json'),
});
export type PageFormat = z.infer<typeof SocketIoAuth>['format'];

/** The `subscribe` event's payload: a Subscribe of realtime.proto, fields checked strictly. */
export const SubscribePayload = z.strictObject({
  cursor: z.string().max(512).optional(),
  collections: z.array(z.string().max(128)).max(64).optional(),
  whole: z.boolean().optional(),
  limit: z.number().int().min(0).max(500).optional(),
});

/** The `reauthenticate` event's payload. */
export const ReauthenticatePayload = z.strictObject({ accessToken: z.string().max(4096) });

/** The `watch` event's payload: a Watch of realtime.proto (none named: all the viewer's conversations). */
export const WatchPayload = z.strictObject({
  conversationIds: z.array(z.string().max(128)).max(1000).optional(),
});

/** The events a client may emit; anything else is answered (when it asks) with `unknown-event`. */
export const CLIENT_EVENTS = ['subscribe', 'reauthenticate', 'command', 'watch'] as const;

/** Events per connection per window before it is ended with `too-many-events`. */
export const EVENT_BUDGET = { events: 30, windowMs: 10_000 } as const;

/**
 * Why the server ends a Socket.IO connection: the `end` event it emits just before, with the
 * WebSocket close code of the same reason (closeCodes.ts), so one client handles both.
 */
export const END = {
  shutdown: CLOSE.goingAway,
  'token-expired': CLOSE.tokenExpired,
  'session-revoked': CLOSE.sessionRevoked,
  'another-session': CLOSE.policyViolation,
  'too-many-events': CLOSE.policyViolation,
  'slow-consumer': CLOSE.slowConsumer,
  error: CLOSE.internalError,
} as const;
export type EndReason = keyof typeof END;
