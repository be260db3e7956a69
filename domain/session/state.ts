import type { SessionEvent } from './events.js';

export type SessionState =
  | { status: 'none' }
  | {
      status: 'active';
      sessionId: string;
      userId: string;
      deviceId: string | null;
      startedAt: string;
      generation: number;
      currentHash: string;
      /** The hash rotated away last, and when: a retry with it inside the grace window is fine. */
      previous: { hash: string; rotatedAt: string } | null;
      /** Every hash rotated away before: presenting one is reuse. */
      retired: string[];
      expiresAt: string;
    }
  | { status: 'revoked'; sessionId: string; userId: string; reason: string };

export const initialSessionState = (): SessionState => ({ status: 'none' });

export function evolveSession(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'SessionStarted':
      return {
        status: 'active',
        sessionId: event.data.sessionId,
        userId: event.data.userId,
        deviceId: event.data.deviceId,
        startedAt: event.data.startedAt,
        generation: 0,
        currentHash: event.data.refreshTokenHash,
        previous: null,
        retired: [],
        expiresAt: event.data.expiresAt,
      };
    case 'SessionRefreshed':
      if (state.status !== 'active') return state;
      return {
        ...state,
        generation: event.data.generation,
        previous: { hash: state.currentHash, rotatedAt: event.data.refreshedAt },
        retired: state.previous ? [...state.retired, state.previous.hash] : state.retired,
        currentHash: event.data.refreshTokenHash,
        expiresAt: event.data.expiresAt,
      };
    case 'SessionRevoked':
      return {
        status: 'revoked',
        sessionId: event.data.sessionId,
        userId: event.data.userId,
        reason: event.data.reason,
      };
  }
}
