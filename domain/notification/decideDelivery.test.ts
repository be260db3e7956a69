import { describe, expect, it } from 'vitest';
import type { NotificationCategory } from './catalog.js';
import { decideDelivery, type DeliveryQuestion } from './decideDelivery.js';
import type { CategoryPreference, NotificationPreferences } from './preferences.js';

const social: NotificationCategory = { name: 'social', mutable: true };
const security: NotificationCategory = { name: 'security', mutable: false };
const on: CategoryPreference = { push: true, inbox: true, quietHours: 'defer', cap: null };

const prefs = (
  timezone: string,
  quietHours: NotificationPreferences['quietHours'],
  categories: Record<string, Partial<CategoryPreference>> = {},
): NotificationPreferences => ({
  timezone,
  quietHours,
  categories: Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, { ...on, ...v }])),
});
const ask = (question: Partial<DeliveryQuestion> & Pick<DeliveryQuestion, 'preferences' | 'now'>) =>
  decideDelivery({ category: social, channel: 'push', recentCount: 0, ...question });

describe('decideDelivery', () => {
  it('when nothing is set, it should send', () => {
    expect(ask({ preferences: prefs('UTC', null), now: '2026-06-01T12:00:00Z' })).toEqual({ action: 'send' });
  });

  it('when the channel of the category is off, it should suppress as muted (and the other channel still sends)', () => {
    const preferences = prefs('UTC', null, { social: { push: false } });
    expect(ask({ preferences, now: '2026-06-01T12:00:00Z' })).toEqual({
      action: 'suppress',
      reason: 'muted',
    });
    expect(ask({ preferences, now: '2026-06-01T12:00:00Z', channel: 'inbox' })).toEqual({ action: 'send' });
  });

  describe('quiet hours spanning midnight (22:00–07:00, New York)', () => {
    const preferences = prefs('America/New_York', { start: '22:00', end: '07:00' });
    it.each([
      // 23:00 EDT: defer to 07:00 EDT the next morning.
      ['2026-06-01T03:00:00Z', { action: 'defer', until: '2026-06-01T11:00:00.000Z' }],
      // 22:00 sharp is quiet; 06:59 is quiet, until 07:00 the same morning.
      ['2026-06-02T02:00:00Z', { action: 'defer', until: '2026-06-02T11:00:00.000Z' }],
      ['2026-06-01T10:59:59Z', { action: 'defer', until: '2026-06-01T11:00:00.000Z' }],
      // 07:00 and 21:59 are not.
      ['2026-06-01T11:00:00Z', { action: 'send' }],
      ['2026-06-02T01:59:00Z', { action: 'send' }],
    ])('at %s it should answer %j', (now, expected) => {
      expect(ask({ preferences, now })).toEqual(expected);
    });
  });

  it('when quiet hours do not span midnight (13:00–15:00), it should defer only inside them', () => {
    const preferences = prefs('Asia/Kathmandu', { start: '13:00', end: '15:00' }); // UTC+05:45
    expect(ask({ preferences, now: '2026-06-01T07:15:00Z' })).toEqual({
      action: 'defer',
      until: '2026-06-01T09:15:00.000Z',
    });
    expect(ask({ preferences, now: '2026-06-01T07:14:00Z' })).toEqual({ action: 'send' });
    expect(ask({ preferences, now: '2026-06-01T09:15:00Z' })).toEqual({ action: 'send' });
  });

  it('when the category drops during quiet hours, it should suppress as quiet_hours', () => {
    const preferences = prefs('UTC', { start: '22:00', end: '07:00' }, { social: { quietHours: 'drop' } });
    expect(ask({ preferences, now: '2026-06-01T23:00:00Z' })).toEqual({
      action: 'suppress',
      reason: 'quiet_hours',
    });
  });

  it('quiet hours hold pushes, not the inbox', () => {
    const preferences = prefs('UTC', { start: '22:00', end: '07:00' });
    expect(ask({ preferences, now: '2026-06-01T23:00:00Z', channel: 'inbox' })).toEqual({ action: 'send' });
  });

  describe('DST in the user zone (Europe/London)', () => {
    it('spring forward: an end time that never shows (01:30) ends quiet hours when the clock jumps (02:00 BST)', () => {
      const preferences = prefs('Europe/London', { start: '23:00', end: '01:30' });
      expect(ask({ preferences, now: '2026-03-29T00:30:00Z' })).toEqual({
        action: 'defer',
        until: '2026-03-29T01:00:00.000Z',
      });
      // Right after the jump the clock reads 02:00: not quiet.
      expect(ask({ preferences, now: '2026-03-29T01:00:00Z' })).toEqual({ action: 'send' });
    });

    it('spring forward: a night through the change is one hour shorter in UTC', () => {
      const preferences = prefs('Europe/London', { start: '22:00', end: '07:00' });
      // 22:30 GMT on the 28th → 07:00 BST on the 29th = 06:00Z.
      expect(ask({ preferences, now: '2026-03-28T22:30:00Z' })).toEqual({
        action: 'defer',
        until: '2026-03-29T06:00:00.000Z',
      });
    });

    it('fall back: a night through the change ends at 07:00 GMT', () => {
      const preferences = prefs('Europe/London', { start: '22:00', end: '07:00' });
      // 00:00 BST on the 25th → 07:00 GMT = 07:00Z.
      expect(ask({ preferences, now: '2026-10-24T23:00:00Z' })).toEqual({
        action: 'defer',
        until: '2026-10-25T07:00:00.000Z',
      });
    });

    it('fall back: an end time that shows twice (01:30) ends at its first showing, and the repeated hour is quiet again', () => {
      const preferences = prefs('Europe/London', { start: '23:00', end: '01:30' });
      // 00:30 BST → 01:30 BST (00:30Z).
      expect(ask({ preferences, now: '2026-10-24T23:30:00Z' })).toEqual({
        action: 'defer',
        until: '2026-10-25T00:30:00.000Z',
      });
      // 01:40 BST: not quiet.
      expect(ask({ preferences, now: '2026-10-25T00:40:00Z' })).toEqual({ action: 'send' });
      // 01:10 GMT (the second 01:10): quiet until 01:30 GMT.
      expect(ask({ preferences, now: '2026-10-25T01:10:00Z' })).toEqual({
        action: 'defer',
        until: '2026-10-25T01:30:00.000Z',
      });
    });

    it('a zone in the southern hemisphere (Sydney, DST ends in April)', () => {
      const preferences = prefs('Australia/Sydney', { start: '22:00', end: '07:00' });
      // 2026-04-05 03:00 AEDT → AEST. 23:00 AEDT on the 4th = 12:00Z → 07:00 AEST = 21:00Z.
      expect(ask({ preferences, now: '2026-04-04T12:00:00Z' })).toEqual({
        action: 'defer',
        until: '2026-04-04T21:00:00.000Z',
      });
    });
  });

  describe('frequency cap', () => {
    const preferences = prefs('UTC', null, { social: { cap: { max: 3, periodMinutes: 60 } } });
    it('when the user got fewer than the cap in the period, it should send', () => {
      expect(ask({ preferences, now: '2026-06-01T12:00:00Z', recentCount: 2 })).toEqual({ action: 'send' });
    });
    it('when the cap is reached, it should suppress as frequency_cap', () => {
      expect(ask({ preferences, now: '2026-06-01T12:00:00Z', recentCount: 3 })).toEqual({
        action: 'suppress',
        reason: 'frequency_cap',
      });
    });
    it('quiet hours come first: a deferred notification is counted when it goes out', () => {
      const quiet = { ...preferences, quietHours: { start: '11:00', end: '13:00' } };
      expect(ask({ preferences: quiet, now: '2026-06-01T12:00:00Z', recentCount: 9 })).toMatchObject({
        action: 'defer',
      });
    });
  });

  it('security is never suppressed or deferred: not by mute, quiet hours (drop) or caps', () => {
    // Such preferences are refused when set; even if they were stored, security goes out.
    const preferences = prefs(
      'UTC',
      { start: '00:00', end: '23:59' },
      { security: { push: false, inbox: false, quietHours: 'drop', cap: { max: 1, periodMinutes: 60 } } },
    );
    for (const channel of ['push', 'inbox'] as const)
      expect(
        ask({ preferences, category: security, channel, now: '2026-06-01T12:00:00Z', recentCount: 100 }),
      ).toEqual({ action: 'send' });
  });

  it('when `now` is not an instant, it should throw (a caller bug, not a user input)', () => {
    expect(() => ask({ preferences: prefs('UTC', null), now: 'yesterday' })).toThrow(RangeError);
  });
});

describe('civil time (no Date in domain/)', () => {
  it('parses and formats instants like Date does, across centuries and offsets', async () => {
    const { formatInstant, parseInstant } = await import('./civilTime.js');
    for (const iso of [
      '1969-12-31T23:59:59.999Z',
      '2000-02-29T12:00:00Z',
      '2026-03-29T01:00:00.5Z',
      '2400-12-31T00:00:00+05:45',
      '1900-03-01T00:00:00-08:00',
    ]) {
      expect(parseInstant(iso)).toBe(Date.parse(iso));
      expect(formatInstant(parseInstant(iso))).toBe(new Date(iso).toISOString());
    }
    for (const bad of ['2026-02-30T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T00:00:00', 'tomorrow'])
      expect(parseInstant(bad)).toBeNaN();
  });
});
