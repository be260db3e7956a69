import type { Decider, DomainCommand, DomainEvent } from '../shared/index.js';

/**
 * A sign-in session of one user on one app install. The refresh token is never stored, only
 * its hash; rotation and revocation build on this stream.
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
export type StartSession = DomainCommand<
  'StartSession',
  { sessionId: string; userId: string; refreshTokenHash: string; expiresAt: string }
>;
export type SessionState = { status: 'none' } | { status: 'active'; userId: string };

export const SESSION_CATEGORY = 'session';
export const sessionDecider: Decider<StartSession, SessionStarted, SessionState> = {
  initialState: () => ({ status: 'none' }),
  evolve: (_state, event) => ({ status: 'active', userId: event.data.userId }),
  decide(command, state) {
    if (state.status === 'active') return [];
    return [
      {
        type: 'SessionStarted',
        data: {
          ...command.data,
          deviceId: command.metadata.deviceId ?? null,
          startedAt: command.metadata.now,
        },
      },
    ];
  },
};
