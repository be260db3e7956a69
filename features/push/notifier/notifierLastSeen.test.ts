import { describe, expect, it } from 'vitest';
import { deviceRegistered, userErased, uuid } from '../../../test/support/eventFixtures.js';
import { projectionSpec, recordEvents, type GivenEvent } from '../../../test/support/projectionSpec.js';
import { notifierProjection } from './notifierProjection.js';

const ann = uuid(1);
const phone = uuid(11);
const session = uuid(21);
const day = (d: number) => new Date(Date.UTC(2026, 0, d));

const registered: GivenEvent = { ...deviceRegistered(phone, ann), createdAt: day(1) };
const started = (d: number, sessionId = session): GivenEvent => ({
  type: 'SessionStarted',
  data: {
    sessionId,
    userId: ann,
    deviceId: phone,
    refreshTokenHash: 'h',
    startedAt: day(d).toISOString(),
    expiresAt: day(d + 30).toISOString(),
  },
  streamName: `session-${sessionId}`,
  createdAt: day(d),
});
const revoked = (d: number, sessionId = session): GivenEvent => ({
  type: 'SessionRevoked',
  data: { sessionId, userId: ann, reason: 'logout', revokedAt: day(d).toISOString() },
  streamName: `session-${sessionId}`,
  createdAt: day(d),
});
const refreshed = (d: number): GivenEvent => ({
  type: 'SessionRefreshed',
  data: {
    sessionId: session,
    generation: d,
    refreshTokenHash: `h${d}`,
    refreshedAt: day(d).toISOString(),
    expiresAt: day(d + 30).toISOString(),
  },
  streamName: `session-${session}`,
  createdAt: day(d),
});
const signedIn = (d: number): GivenEvent => ({
  type: 'DeviceSignedIn',
  data: {
    deviceId: phone,
    userId: ann,
    sessionId: uuid(22),
    replacedSessionId: session,
    signInMethod: 'password',
    at: day(d).toISOString(),
  },
  createdAt: day(d),
});

describe('notifier projection: when each device was last seen (v5)', () => {
  const spec = projectionSpec(notifierProjection);
  const lastSeen = (rows: Record<string, unknown>[]) =>
    (rows[0]?.last_seen_at as Date | undefined)?.getTime();

  it('keeps the latest of registration, sign-in and session refresh, whatever the order they come in', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec.given(registered).inspect(async ({ rows }) => {
      expect(lastSeen(await rows('notifier_devices'))).toBe(day(1).getTime());
    });
    await spec.given(registered, started(2), refreshed(5), signedIn(4)).inspect(async ({ rows }) => {
      expect(lastSeen(await rows('notifier_devices'))).toBe(day(5).getTime());
      expect(await rows('notifier_sessions')).toMatchObject([
        { session_id: session, device_id: phone, user_id: ann },
      ]);
    });
    // A refresh applied before its session's start (another partition) still counts.
    await spec.given(registered, refreshed(6), started(2)).inspect(async ({ rows }) => {
      expect(lastSeen(await rows('notifier_devices'))).toBe(day(6).getTime());
    });
    // An older event applied late never moves it back.
    await spec.given(registered, signedIn(9), refreshed(3), started(2)).inspect(async ({ rows }) => {
      expect(lastSeen(await rows('notifier_devices'))).toBe(day(9).getTime());
    });
  });

  it('counts a push target registered and forgets the sessions of an erased user', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const target: GivenEvent = {
      type: 'PushTargetRegistered',
      data: { deviceId: phone, userId: ann, target: { type: 'apns', token: 'ab' }, at: day(7).toISOString() },
      createdAt: day(7),
    };
    await spec.given(registered, started(2), target).inspect(async ({ rows }) => {
      expect(lastSeen(await rows('notifier_devices'))).toBe(day(7).getTime());
    });
    await spec.given(registered, started(2), userErased(ann)).thenRows('notifier_sessions', []);
  });

  it('forgets a session once revoked, or (at a later sign-in) a week after it expired: the table does not only grow', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const other = uuid(23);
    const ids = async (rows: (t: string) => Promise<Record<string, unknown>[]>) =>
      (await rows('notifier_sessions')).map((r) => r.session_id).sort();
    await spec
      .given(registered, started(2), started(3, other), revoked(4, other))
      .inspect(async ({ rows }) => {
        expect(await ids(rows)).toEqual([session]);
      });
    // `session` expires on day 32 (a refresh on day 20 moves it to day 50).
    await spec.given(registered, started(2), started(38, other)).inspect(async ({ rows }) => {
      expect(await ids(rows)).toEqual([session, other].sort());
    });
    await spec.given(registered, started(2), started(40, other)).inspect(async ({ rows }) => {
      expect(await ids(rows)).toEqual([other]);
    });
    await spec.given(registered, started(2), refreshed(20), started(40, other)).inspect(async ({ rows }) => {
      expect(await ids(rows)).toEqual([session, other].sort());
      expect(lastSeen(await rows('notifier_devices'))).toBe(day(40).getTime());
    });
  });

  it('partitions a refresh by its session stream (it names no user), the rest by user', () => {
    const [refresh, start] = recordEvents([refreshed(3), started(2)]);
    expect(notifierProjection.partitionKey?.(refresh!)).toBe(`session-${session}`);
    expect(notifierProjection.partitionKey?.(start!)).toBe(ann);
  });
});
