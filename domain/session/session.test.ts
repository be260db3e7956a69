import { describe, it } from 'vitest';
import { deciderSpec } from '../../test/support/deciderSpec.js';
import { sessionDecider, type SessionCommand, type SessionEvent } from './index.js';

const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
const started: SessionEvent = {
  type: 'SessionStarted',
  data: {
    sessionId: 's1',
    userId: 'u1',
    deviceId: null,
    refreshTokenHash: 'h0',
    startedAt: t(0),
    expiresAt: t(1000),
  },
};
const refreshed = (generation: number, hash: string, at: number): SessionEvent => ({
  type: 'SessionRefreshed',
  data: { sessionId: 's1', generation, refreshTokenHash: hash, refreshedAt: t(at), expiresAt: t(at + 1000) },
});
const refresh = (
  presentedHash: string,
  nextHash: string,
  at: number,
  notBefore: string | null = null,
): SessionCommand => ({
  type: 'RefreshSession',
  data: { presentedHash, nextHash, expiresAt: t(at + 1000), graceSince: t(at - 30), notBefore },
  metadata: { now: t(at) },
});
const { given } = deciderSpec(sessionDecider);

describe('session decider', () => {
  it('when the current secret is presented, it should rotate to the next one and slide the expiry', () => {
    given(started)
      .when(refresh('h0', 'h1', 10))
      .thenEvents([refreshed(1, 'h1', 10)]);
  });

  it('when the previous secret comes back within the grace window, it should be a retry: nothing new', () => {
    given(started, refreshed(1, 'h1', 10))
      .when(refresh('h0', 'h1', 25))
      .thenEvents([]);
  });

  it('when a rotated secret comes back after the grace window, it should revoke the session for reuse', () => {
    given(started, refreshed(1, 'h1', 10))
      .when(refresh('h0', 'h1', 100))
      .thenEvents([
        {
          type: 'SessionRevoked',
          data: { sessionId: 's1', userId: 'u1', reason: 'refresh_token_reuse', revokedAt: t(100) },
        },
      ]);
    const older = [started, refreshed(1, 'h1', 10), refreshed(2, 'h2', 20)];
    given(...older)
      .when(refresh('h0', 'hx', 21))
      .thenFirstMatches({
        type: 'SessionRevoked',
        data: { reason: 'refresh_token_reuse' },
      });
  });

  it('when the session was revoked, expired, or the secret is unknown, refresh should be refused', () => {
    const revoked: SessionEvent = {
      type: 'SessionRevoked',
      data: { sessionId: 's1', userId: 'u1', reason: 'logout', revokedAt: t(5) },
    };
    given(started, revoked)
      .when(refresh('h0', 'h1', 10))
      .thenThrows({ reason: 'session_revoked' });
    given(started)
      .when(refresh('h0', 'h1', 2000))
      .thenThrows({ reason: 'session_expired' });
    given(started)
      .when(refresh('nope', 'h1', 10))
      .thenThrows({ reason: 'invalid_refresh_token' });
  });

  it('when the user signed out everywhere after this session started, refresh should end it', () => {
    given(started)
      .when(refresh('h0', 'h1', 10, t(5)))
      .thenFirstMatches({
        type: 'SessionRevoked',
        data: { reason: 'logout_all' },
      });
  });
});
