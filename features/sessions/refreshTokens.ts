import { createHash, createHmac } from 'node:crypto';

/**
 * Refresh tokens are `<session id>.<secret>`, opaque to apps. Only a secret's SHA-256 is stored.
 * Each rotation derives the next secret from the presented one with an HMAC under a server key,
 * so a retry with the same secret derives the same next one, while nobody without a current
 * secret can derive anything.
 */
const TOKEN = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

/**
 * The first secret of a session, derived from its id under the server key: a retried sign-in
 * (the same command, so the same session id) answers with the same working refresh token.
 */
export const initialRefreshSecret = (key: string, sessionId: string): string =>
  createHmac('sha256', key).update(`session-start:${sessionId}`).digest('base64url');
export const nextRefreshSecret = (key: string, secret: string): string =>
  createHmac('sha256', key).update(secret).digest('base64url');
export const hashRefreshSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex');
export const formatRefreshToken = (sessionId: string, secret: string): string => `${sessionId}.${secret}`;

export function parseRefreshToken(token: string): { sessionId: string; secret: string } | undefined {
  const match = TOKEN.exec(token);
  return match ? { sessionId: match[1]!, secret: match[2]! } : undefined;
}
