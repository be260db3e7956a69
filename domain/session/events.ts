import type { DomainEvent } from '../shared/index.js';

/**
 * A sign-in session of one user on one app install: one refresh-token family. Only hashes of
 * refresh secrets are kept. Each refresh rotates the secret; an old secret used again outside the
 * grace window means it was stolen, and the whole session is revoked.
 */
export type SessionStarted = DomainEvent<
  'SessionStarted',
  {
    sessionId: string;
    userId: string;
    deviceId: string | null;
    refreshTokenHash: string;
    startedAt: string;
    expiresAt: string;
  }
>;
export type SessionRefreshed = DomainEvent<
  'SessionRefreshed',
  { sessionId: string; generation: number; refreshTokenHash: string; refreshedAt: string; expiresAt: string }
>;
export type RevocationReason =
  | 'logout'
  | 'logout_all'
  | 'refresh_token_reuse'
  | 'password_reset'
  | 'admin'
  | 'device_revoked'
  /** The same device signed in again: one session per device. */
  | 'replaced';
export type SessionRevoked = DomainEvent<
  'SessionRevoked',
  { sessionId: string; userId: string; reason: RevocationReason; revokedAt: string }
>;

export type SessionEvent = SessionStarted | SessionRefreshed | SessionRevoked;
