import type { SessionState } from '../domain/session/index.js';
import type { UserState } from '../domain/user/index.js';
import type { Reader } from './Reader.js';

/**
 * A session's access tokens: usable by its own user while the session is active and unexpired,
 * the account is active and not suspended, and the session started after the user last signed
 * out everywhere. Decided on both streams as folded from the log (whatever the projections' lag).
 */
export function canUseSession(reader: Reader, session: SessionState, user: UserState, now: Date): boolean {
  if (session.status !== 'active' || session.userId !== reader.userId) return false;
  if (Date.parse(session.expiresAt) <= now.getTime()) return false;
  if (user.status !== 'active' || user.suspended) return false;
  return user.signedOutAt === null || Date.parse(session.startedAt) >= Date.parse(user.signedOutAt);
}
