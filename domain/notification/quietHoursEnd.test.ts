import { describe, expect, it } from 'vitest';
import { decideDelivery } from './decideDelivery.js';
import { formatInstant, parseInstant } from './civilTime.js';
import type { QuietHours } from './preferences.js';

const social = { name: 'social', mutable: true };
const ask = (timezone: string, quietHours: QuietHours, at: number) =>
  decideDelivery({
    preferences: { timezone, quietHours, categories: {} },
    category: social,
    channel: 'push',
    now: formatInstant(at),
    recentCount: 0,
  });

/**
 * Where a deferred push is held to (the fan-out schedules it for `until`): for every 10 minutes
 * over the days around a daylight-saving change, a deferral's end is later than now, the first
 * minute out of quiet hours (a push held to it is sent, a minute earlier it would be held again),
 * and less than a day away.
 */
describe('the end of quiet hours a deferred push is held to', () => {
  it.each([
    ['America/New_York', { start: '22:00', end: '07:00' }, '2026-03-07T00:00:00Z'],
    ['America/New_York', { start: '22:00', end: '07:00' }, '2026-10-31T00:00:00Z'],
    ['Europe/London', { start: '23:00', end: '01:30' }, '2026-03-28T00:00:00Z'],
    ['Europe/London', { start: '23:00', end: '01:30' }, '2026-10-24T00:00:00Z'],
    ['Europe/Berlin', { start: '01:00', end: '02:30' }, '2026-03-28T00:00:00Z'],
    ['Australia/Lord_Howe', { start: '21:00', end: '02:15' }, '2026-04-03T00:00:00Z'],
    ['Asia/Kathmandu', { start: '13:00', end: '15:00' }, '2026-06-01T00:00:00Z'],
  ] as const)('%s %j from %s', (zone, quiet, from) => {
    const start = parseInstant(from);
    let deferred = 0;
    for (let at = start; at < start + 3 * 86_400_000; at += 600_000) {
      const decision = ask(zone, quiet, at);
      if (decision.action !== 'defer') continue;
      deferred++;
      const until = parseInstant(decision.until);
      expect(until, formatInstant(at)).toBeGreaterThan(at);
      expect(until - at).toBeLessThanOrEqual(86_400_000);
      expect(ask(zone, quiet, until), decision.until).toEqual({ action: 'send' });
      expect(ask(zone, quiet, until - 60_000).action, decision.until).toBe('defer');
    }
    expect(deferred).toBeGreaterThan(0);
  });
});
