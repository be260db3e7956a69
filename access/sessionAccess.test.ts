import { describe, expect, it } from 'vitest';
import type { SessionState } from '../domain/session/index.js';
import { userDecider, type ActiveUser, type UserState } from '../domain/user/index.js';
import { canUseSession } from './sessionAccess.js';

const now = new Date('2026-01-10T00:00:00.000Z');
const session: SessionState = {
  status: 'active',
  sessionId: 's1',
  userId: 'u1',
  deviceId: null,
  startedAt: '2026-01-05T00:00:00.000Z',
  generation: 0,
  currentHash: 'h',
  previous: null,
  retired: [],
  expiresAt: '2026-02-01T00:00:00.000Z',
};
const registered = userDecider.evolve(userDecider.initialState(), {
  type: 'UserRegistered',
  data: {
    userId: 'u1',
    email: 'u1@example.com',
    displayName: 'U1',
    passwordHash: '',
    registeredAt: '2026-01-01',
  },
});
if (registered.status !== 'active') throw new Error('a registration makes an active user');
const user: ActiveUser = registered;
const asUser = (changes: Partial<ActiveUser> = {}): UserState => ({ ...user, ...changes });
const u1 = { userId: 'u1' };

describe('canUseSession', () => {
  it('when the session is active, unexpired and its active user has not signed out since, the token should be usable', () => {
    expect(canUseSession(u1, session, asUser(), now)).toBe(true);
    expect(canUseSession(u1, session, asUser({ signedOutAt: '2026-01-01T00:00:00.000Z' }), now)).toBe(true);
  });

  it('when anything of the session or its user says otherwise, the token should not be usable', () => {
    expect(canUseSession({ userId: 'u2' }, session, asUser(), now)).toBe(false);
    expect(
      canUseSession(u1, { status: 'revoked', sessionId: 's1', userId: 'u1', reason: 'x' }, asUser(), now),
    ).toBe(false);
    expect(canUseSession(u1, { ...session, expiresAt: now.toISOString() }, asUser(), now)).toBe(false);
    expect(canUseSession(u1, session, asUser({ suspended: true }), now)).toBe(false);
    expect(canUseSession(u1, session, asUser({ signedOutAt: '2026-01-06T00:00:00.000Z' }), now)).toBe(false);
    expect(canUseSession(u1, session, { status: 'unregistered' }, now)).toBe(false);
    expect(canUseSession(u1, session, { status: 'erased', userId: 'u1' }, now)).toBe(false);
  });
});
