import { describe, it } from 'vitest';
import type { SessionEvent } from '../../../domain/session/index.js';
import type { UserErased } from '../../../domain/user/index.js';
import { projectionSpec } from '../../../test/support/projectionSpec.js';
import { sessionsProjection } from './sessionsProjection.js';

const user = '00000000-0000-4000-8000-0000000000a1';
const other = '00000000-0000-4000-8000-0000000000b2';
const device = '00000000-0000-4000-8000-0000000000d1';
const sid = (n: number) => `00000000-0000-4000-8000-00000000050${n}`;
const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();

const started = (n: number, userId = user): SessionEvent => ({
  type: 'SessionStarted',
  data: {
    sessionId: sid(n),
    userId,
    deviceId: device,
    refreshTokenHash: 'h0',
    startedAt: at(n),
    expiresAt: at(1000),
  },
});
const refreshed = (n: number, generation: number, s: number): SessionEvent => ({
  type: 'SessionRefreshed',
  data: {
    sessionId: sid(n),
    generation,
    refreshTokenHash: `h${generation}`,
    refreshedAt: at(s),
    expiresAt: at(s + 1000),
  },
});
const revoked: SessionEvent = {
  type: 'SessionRevoked',
  data: { sessionId: sid(1), userId: user, reason: 'logout', revokedAt: at(50) },
};
const erased: UserErased = { type: 'UserErased', data: { userId: user, at: at(60), by: null } };

describe('sessions projection', () => {
  const spec = projectionSpec(sessionsProjection);

  it('when a session starts, it should add its row, last used when it started', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec.given(started(1)).thenRows('sessions', [
      {
        session_id: sid(1),
        user_id: user,
        device_id: device,
        started_at: new Date(at(1)),
        last_used_at: new Date(at(1)),
        expires_at: new Date(at(1000)),
        generation: 0,
        revoked_at: null,
        revoke_reason: null,
        position: 1,
      },
    ]);
  });

  it('when a session is refreshed, it should move last use, expiry and generation on; a replay of an older refresh changes nothing', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const first = refreshed(1, 1, 10);
    await spec.given(started(1), first, refreshed(1, 2, 20), first).thenRows('sessions', [
      {
        session_id: sid(1),
        last_used_at: new Date(at(20)),
        expires_at: new Date(at(1020)),
        generation: 2,
        position: 3,
      },
    ]);
  });

  it('when a session is revoked, it should record when and why', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec.given(started(1), started(2), revoked).thenRows('sessions', [
      { session_id: sid(1), revoked_at: new Date(at(50)), revoke_reason: 'logout', position: 3 },
      { session_id: sid(2), revoked_at: null, revoke_reason: null },
    ]);
  });

  it('when the user is erased, it should delete their sessions and keep everyone else’s', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(started(1), started(2, other), revoked, erased)
      .thenRows('sessions', [{ session_id: sid(2), user_id: other }]);
  });
});
