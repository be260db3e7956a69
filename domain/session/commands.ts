import type { DomainCommand } from '../shared/index.js';
import type { RevocationReason } from './events.js';

export type StartSession = DomainCommand<
  'StartSession',
  { sessionId: string; userId: string; refreshTokenHash: string; expiresAt: string }
>;
/**
 * `presentedHash` is the hash of the secret the app sent; `nextHash` the hash of the secret
 * derived from it (the same for every retry); `graceSince` the earliest rotation time a retry
 * with the previous secret is still accepted for; `notBefore` the user's "sign out everywhere"
 * time, if any: sessions started earlier are over. Times are ISO-8601 UTC.
 */
export type RefreshSession = DomainCommand<
  'RefreshSession',
  { presentedHash: string; nextHash: string; expiresAt: string; graceSince: string; notBefore: string | null }
>;
export type RevokeSession = DomainCommand<'RevokeSession', { reason: RevocationReason }>;

export type SessionCommand = StartSession | RefreshSession | RevokeSession;
