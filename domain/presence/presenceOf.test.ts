import { describe, expect, it } from 'vitest';
import { deciderSpec } from '../../test/support/deciderSpec.js';
import { deviceEntry, presenceOf, statusOf } from './presenceOf.js';
import { presenceSettingsDecider } from './presenceSettingsDecider.js';

const at = '2026-01-01T00:00:00.000Z';

describe('presence status', () => {
  it('online if any device is, away if any is and none online, else offline', () => {
    expect(statusOf([deviceEntry('d1', 'away'), deviceEntry('d2', 'online')])).toBe('online');
    expect(statusOf([deviceEntry('d1', 'away'), deviceEntry('d2', 'away')])).toBe('away');
    expect(statusOf([])).toBe('offline');
    expect(statusOf(['garbage', 'd1|busy'])).toBe('offline');
  });

  it('a hidden user is offline without last seen to others, and themselves to themselves', () => {
    const known = { entries: [deviceEntry('d1', 'online')], lastSeenAt: at, hidden: true };
    expect(presenceOf('u-bob', 'u-ann', known)).toEqual({
      userId: 'u-ann',
      status: 'offline',
      lastSeenAt: null,
    });
    expect(presenceOf('u-ann', 'u-ann', known)).toEqual({
      userId: 'u-ann',
      status: 'online',
      lastSeenAt: at,
    });
    expect(presenceOf('u-bob', 'u-ann', { ...known, hidden: false }).status).toBe('online');
  });
});

describe('presence settings decider', () => {
  const spec = deciderSpec(presenceSettingsDecider);
  const set = (hidden: boolean) => ({
    type: 'SetPresenceVisibility' as const,
    data: { hidden },
    metadata: { now: at, userId: 'u-ann' },
  });
  const event = (hidden: boolean) => ({
    type: 'PresenceVisibilitySet' as const,
    data: { userId: 'u-ann', hidden, at },
  });
  it('records a change of visibility, and nothing when it is already so', () => {
    spec
      .given()
      .when(set(true))
      .thenEvents([event(true)]);
    spec.given(event(true)).when(set(true)).thenEvents([]);
    spec
      .given(event(true))
      .when(set(false))
      .thenEvents([event(false)]);
    spec.given().when(set(false)).thenEvents([]);
  });
});
