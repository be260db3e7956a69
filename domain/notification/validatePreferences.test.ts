import { describe, expect, it } from 'vitest';
import { defaultNotificationCatalog } from './catalog.js';
import { parseNotificationCatalog } from './parseNotificationCatalog.js';
import type { CategoryPreference, NotificationPreferences } from './preferences.js';
import { preferencesDecider } from './preferencesStream.js';
import { validatePreferences } from './validatePreferences.js';

const { categories } = defaultNotificationCatalog;
const on: CategoryPreference = { push: true, inbox: true, quietHours: 'defer', cap: null };
const base: NotificationPreferences = {
  timezone: 'Europe/Paris',
  quietHours: { start: '22:00', end: '07:00' },
  categories: {},
};
const kinds = (p: NotificationPreferences) =>
  validatePreferences(p, categories).map((x) => [x.pointer, x.kind]);

describe('validatePreferences', () => {
  it('accepts a sound document', () => {
    expect(
      kinds({ ...base, categories: { social: { ...on, cap: { max: 5, periodMinutes: 60 } }, security: on } }),
    ).toEqual([]);
  });
  it.each(['Mars/Olympus', 'Europe/Paris\u0000', '', '../etc/passwd', 'x'.repeat(200)])(
    'refuses the timezone %j',
    (timezone) => expect(kinds({ ...base, timezone })).toEqual([['/timezone', 'invalid']]),
  );
  it.each(['24:00', '7:00', '07:60', '07:00:00', 'noon', '07:00\u0000'])('refuses the time %j', (start) => {
    expect(kinds({ ...base, quietHours: { start, end: '07:00' } })).toContainEqual([
      '/quietHours/start',
      'invalid',
    ]);
  });
  it('refuses quiet hours that start when they end', () => {
    expect(kinds({ ...base, quietHours: { start: '07:00', end: '07:00' } })).toEqual([
      ['/quietHours', 'invalid'],
    ]);
  });
  it.each([0, -1, 1.5, 1001, 1e12])('refuses a cap of %d', (max) => {
    expect(kinds({ ...base, categories: { social: { ...on, cap: { max, periodMinutes: 60 } } } })).toEqual([
      ['/categories/social/cap/max', 'invalid'],
    ]);
  });
  it.each([0, 43_201])('refuses a cap period of %d minutes', (periodMinutes) => {
    expect(kinds({ ...base, categories: { social: { ...on, cap: { max: 1, periodMinutes } } } })).toEqual([
      ['/categories/social/cap/periodMinutes', 'invalid'],
    ]);
  });
  it('refuses an unknown category', () => {
    expect(kinds({ ...base, categories: { gossip: on } })).toEqual([
      ['/categories/gossip', 'unknown_category'],
    ]);
  });
  it.each<Partial<CategoryPreference>>([
    { push: false },
    { inbox: false },
    { quietHours: 'drop' },
    { cap: { max: 10, periodMinutes: 60 } },
  ])('refuses to mute, drop or cap security: %j', (change) => {
    expect(kinds({ ...base, categories: { security: { ...on, ...change } } })).toEqual([
      ['/categories/security', 'unmutable'],
    ]);
  });
  it('lists every problem, not only the first', () => {
    expect(
      kinds({ timezone: 'Nowhere', quietHours: { start: 'a', end: 'b' }, categories: { nope: on } }),
    ).toHaveLength(4);
  });
});

describe('preferences decider', () => {
  const command = (preferences: NotificationPreferences) => ({
    type: 'SetNotificationPreferences' as const,
    data: { preferences, categories },
    metadata: { now: '2026-06-01T12:00:00Z', userId: 'u1' },
  });
  it('records the preferences, once (the same again appends nothing)', () => {
    const events = preferencesDecider.decide(command(base), preferencesDecider.initialState());
    expect(events).toEqual([
      {
        type: 'NotificationPreferencesSet',
        data: { userId: 'u1', preferences: base, at: '2026-06-01T12:00:00Z' },
      },
    ]);
    const state = preferencesDecider.evolve(preferencesDecider.initialState(), events[0]!);
    expect(preferencesDecider.decide(command(base), state)).toEqual([]);
  });
  it('refuses to mute security with the reason category_not_mutable', () => {
    expect(() =>
      preferencesDecider.decide(
        command({ ...base, categories: { security: { ...on, push: false } } }),
        preferencesDecider.initialState(),
      ),
    ).toThrow(expect.objectContaining({ code: 'invalid', reason: 'category_not_mutable' }));
  });
});

describe('parseNotificationCatalog', () => {
  it('reads categories and topics, security always there and not mutable, messages always there', () => {
    expect(
      parseNotificationCatalog({
        categories: [{ name: 'social' }, { name: 'marketing', mutable: true }],
        topics: [{ name: 'news' }, { name: 'ops.alerts', subscribers: 'admins' }],
      }),
    ).toEqual({
      ok: true,
      catalog: {
        categories: [
          { name: 'security', mutable: false },
          { name: 'messages', mutable: true },
          { name: 'social', mutable: true },
          { name: 'marketing', mutable: true },
        ],
        topics: [
          { name: 'news', subscribers: 'users' },
          { name: 'ops.alerts', subscribers: 'admins' },
        ],
      },
    });
  });
  it('keeps messages as the file declares it, once', () => {
    const parsed = parseNotificationCatalog({
      categories: [{ name: 'social' }, { name: 'messages', mutable: false }],
    });
    expect(parsed).toEqual({
      ok: true,
      catalog: {
        categories: [
          { name: 'security', mutable: false },
          { name: 'social', mutable: true },
          { name: 'messages', mutable: false },
        ],
        topics: [],
      },
    });
  });
  it('lists every mistake', () => {
    const parsed = parseNotificationCatalog({
      categories: [{ name: 'Social' }, { name: 'security', mutable: true }, { name: 'a' }, { name: 'a' }, 7],
      topics: [{ name: 'news', subscribers: 'everyone' }, { name: 'x\u0000' }, { name: 'n', colour: 'red' }],
      extra: 1,
    });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toEqual([
      'the file: unknown field "extra"',
      'categories[0].name: lower-case letters, digits, "_", "-" or ".", 1–64 long',
      'categories[1]: "security" cannot be muted (mutable must be false)',
      'categories[3]: "a" is declared twice',
      'categories[4]: must be an object',
      'topics[0].subscribers: "users" or "admins"',
      'topics[1].name: lower-case letters, digits, "_", "-" or ".", 1–64 long',
      'topics[2]: unknown field "colour"',
    ]);
  });
  it('refuses what is not an object', () => {
    expect(parseNotificationCatalog([1])).toEqual({
      ok: false,
      errors: ['the file must hold a JSON object'],
    });
  });
});
