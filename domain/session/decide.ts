import { DomainError } from '../shared/index.js';
import type { RefreshSession, RevokeSession, SessionCommand, StartSession } from './commands.js';
import type { SessionEvent } from './events.js';
import type { SessionState } from './state.js';

const invalid = (reason: string, message: string) => new DomainError('invalid_credentials', reason, message);

const start = (command: StartSession, state: SessionState): SessionEvent[] => {
  if (state.status !== 'none') return [];
  return [
    {
      type: 'SessionStarted',
      data: { ...command.data, deviceId: command.metadata.deviceId ?? null, startedAt: command.metadata.now },
    },
  ];
};

/**
 * Refresh: the current secret rotates; the previous one, within the grace window, is a retry
 * (nothing new: the caller answers with the same derived pair); any older one is reuse, and
 * revokes the session.
 */
const refresh = (command: RefreshSession, state: SessionState): SessionEvent[] => {
  const now = command.metadata.now;
  if (state.status === 'none') throw invalid('invalid_refresh_token', 'The refresh token is not valid');
  if (state.status === 'revoked') throw invalid('session_revoked', 'The session was ended; sign in again');
  const { presentedHash } = command.data;
  const revoke = (reason: 'refresh_token_reuse' | 'logout_all'): SessionEvent[] => [
    {
      type: 'SessionRevoked',
      data: { sessionId: state.sessionId, userId: state.userId, reason, revokedAt: now },
    },
  ];
  if (command.data.notBefore && state.startedAt < command.data.notBefore) return revoke('logout_all');
  if (presentedHash === state.currentHash) {
    if (now >= state.expiresAt) throw invalid('session_expired', 'The session expired; sign in again');
    return [
      {
        type: 'SessionRefreshed',
        data: {
          sessionId: state.sessionId,
          generation: state.generation + 1,
          refreshTokenHash: command.data.nextHash,
          refreshedAt: now,
          expiresAt: command.data.expiresAt,
        },
      },
    ];
  }
  if (state.previous?.hash === presentedHash) {
    // ISO-8601 UTC times compare as strings.
    if (state.previous.rotatedAt >= command.data.graceSince) return [];
    return revoke('refresh_token_reuse');
  }
  if (state.retired.includes(presentedHash)) return revoke('refresh_token_reuse');
  throw invalid('invalid_refresh_token', 'The refresh token is not valid');
};

const revoke = (command: RevokeSession, state: SessionState): SessionEvent[] => {
  if (state.status !== 'active') return [];
  return [
    {
      type: 'SessionRevoked',
      data: {
        sessionId: state.sessionId,
        userId: state.userId,
        reason: command.data.reason,
        revokedAt: command.metadata.now,
      },
    },
  ];
};

export function decideSession(command: SessionCommand, state: SessionState): SessionEvent[] {
  switch (command.type) {
    case 'StartSession':
      return start(command, state);
    case 'RefreshSession':
      return refresh(command, state);
    case 'RevokeSession':
      return revoke(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown command ${(unknown as SessionCommand).type}`);
    }
  }
}
