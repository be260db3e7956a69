import { describe, expect, it } from 'vitest';
import { deciderSpec } from '../../test/support/deciderSpec.js';
import type { LocationShareEvent } from './locationEvents.js';
import { locationShareDecider } from './locationShareDecider.js';
import { activeShareAt } from './livePosition.js';

const conversationId = 'c0000000-0000-4000-8000-000000000001';
const userId = 'u0000000-0000-4000-8000-000000000002';
const at = '2026-01-01T10:00:00.000Z';
const spec = deciderSpec(locationShareDecider);
const metadata = { now: at, userId };

const start = (shareId: string, durationSeconds = 900, precision: 'precise' | 'approximate' = 'precise') => ({
  type: 'StartLocationShare' as const,
  data: { conversationId, shareId, durationSeconds, precision },
  metadata,
});
const started = (shareId: string, replaces: string | null = null): LocationShareEvent => ({
  type: 'LocationShareStarted',
  data: {
    conversationId,
    userId,
    shareId,
    precision: 'precise',
    durationSeconds: 900,
    startedAt: at,
    endsAt: '2026-01-01T10:15:00.000Z',
    replaces,
  },
});
const ended = (shareId: string, reason: 'stopped' | 'expired' | 'left' | 'erased'): LocationShareEvent => ({
  type: 'LocationShareEnded',
  data: { conversationId, userId, shareId, reason, at },
});
const stop = { type: 'StopLocationShare' as const, data: {}, metadata };
const expire = (shareId: string) => ({
  type: 'EndLocationShare' as const,
  data: { reason: 'expired' as const, shareId },
  metadata,
});
const leave = (startedBefore: string) => ({
  type: 'EndLocationShare' as const,
  data: { reason: 'left' as const, startedBefore },
  metadata,
});

describe('location share decider', () => {
  it('when a user starts sharing, it should record the share with its end', () => {
    spec
      .given()
      .when(start('s1'))
      .thenEvents([started('s1')]);
  });

  it('when a user shares again while sharing, the new share should replace the old one', () => {
    spec
      .given(started('s1'))
      .when(start('s2'))
      .thenEvents([started('s2', 's1')]);
    spec.given(started('s1')).when(start('s1')).thenEvents([]);
    spec
      .given(started('s1'), ended('s1', 'stopped'))
      .when(start('s2'))
      .thenEvents([started('s2')]);
  });

  it('when a duration is not a whole number of seconds within a week, it should refuse', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, 7 * 24 * 3600 + 1])
      spec.given().when(start('s1', bad)).thenThrows({ reason: 'invalid_duration' });
    spec
      .given()
      .when({ ...start('s1'), metadata: { now: at } })
      .thenThrows({ code: 'forbidden' });
  });

  it('when a user stops, it should end the active share, and nothing when none is active', () => {
    spec
      .given(started('s1'))
      .when(stop)
      .thenEvents([ended('s1', 'stopped')]);
    spec.given().when(stop).thenEvents([]);
    spec.given(started('s1'), ended('s1', 'stopped')).when(stop).thenEvents([]);
  });

  it('when the expiry of a share fires, it should end that share only, never a newer one', () => {
    spec
      .given(started('s1'))
      .when(expire('s1'))
      .thenEvents([ended('s1', 'expired')]);
    spec.given(started('s1'), started('s2', 's1')).when(expire('s1')).thenEvents([]);
    spec.given(started('s1'), ended('s1', 'stopped')).when(expire('s1')).thenEvents([]);
  });

  it('when the user leaves the conversation, it should end the share started before, not one started after', () => {
    spec
      .given(started('s1'))
      .when(leave(at))
      .thenEvents([ended('s1', 'left')]);
    spec.given(started('s1')).when(leave('2026-01-01T09:59:59.000Z')).thenEvents([]);
    spec.given().when(leave(at)).thenEvents([]);
    spec
      .given(started('s1'))
      .when({ ...leave(at), data: { reason: 'erased', startedBefore: at } })
      .thenEvents([ended('s1', 'erased')]);
  });

  it('a share should be active until its end, whether or not the end was recorded yet', () => {
    const state = spec.given(started('s1')).state();
    expect(activeShareAt(state, Date.parse('2026-01-01T10:14:59.999Z'))?.shareId).toBe('s1');
    expect(activeShareAt(state, Date.parse('2026-01-01T10:15:00.000Z'))).toBeUndefined();
    expect(
      activeShareAt(spec.given(started('s1'), ended('s1', 'stopped')).state(), Date.parse(at)),
    ).toBeUndefined();
  });
});
