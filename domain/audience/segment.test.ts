import { describe, expect, it } from 'vitest';
import { compareAppVersions, matchesSegment, regionOf, variantOf, type DeviceFacts } from './index.js';

const DAY = 86_400_000;
const now = 100 * DAY;
const device: DeviceFacts = {
  platform: 'ios',
  appVersion: '2.10.1',
  locale: 'pt-BR',
  timezone: 'America/Sao_Paulo',
  lastSeenMs: now - 3 * DAY,
  topics: ['news'],
  attributes: { plan: 'pro', beta: true },
};

describe('compareAppVersions', () => {
  it('orders dotted numbers as numbers, pre-releases before their release', () => {
    expect(compareAppVersions('2.10.0', '2.9')).toBe(1);
    expect(compareAppVersions('2.9', '2.9.0')).toBe(0);
    expect(compareAppVersions('1.0.0-beta.1', '1.0.0')).toBe(-1);
    expect(compareAppVersions('1.0.0', '1.0.0-rc')).toBe(1);
    expect(compareAppVersions('1.0.a', '1.0.1')).toBe(1);
    expect(compareAppVersions('99999999999999999999.0', '99999999999999999998.9')).toBe(1);
  });
});

describe('matchesSegment', () => {
  it('matches everyone on an empty segment, and each condition on its own', () => {
    expect(matchesSegment(device, {}, now)).toBe(true);
    expect(matchesSegment(device, { platforms: ['android', 'ios'] }, now)).toBe(true);
    expect(matchesSegment(device, { platforms: ['android'] }, now)).toBe(false);
    expect(matchesSegment(device, { appVersion: { min: '2.9', max: '2.10.1' } }, now)).toBe(true);
    expect(matchesSegment(device, { appVersion: { min: '2.11' } }, now)).toBe(false);
    expect(matchesSegment(device, { appVersion: { max: '2.10.0' } }, now)).toBe(false);
    expect(matchesSegment(device, { locales: ['PT'] }, now)).toBe(true);
    expect(matchesSegment(device, { locales: ['pt-PT', 'en'] }, now)).toBe(false);
    expect(matchesSegment(device, { timezones: ['America/Sao_Paulo'] }, now)).toBe(true);
    expect(matchesSegment(device, { countries: ['br'] }, now)).toBe(true);
    expect(matchesSegment({ ...device, locale: 'pt' }, { countries: ['BR'] }, now)).toBe(false);
    expect(matchesSegment(device, { lastSeenWithinDays: 3 }, now)).toBe(true);
    expect(matchesSegment(device, { lastSeenWithinDays: 2 }, now)).toBe(false);
    expect(matchesSegment(device, { topic: 'news' }, now)).toBe(true);
    expect(matchesSegment(device, { topic: 'sport' }, now)).toBe(false);
    expect(matchesSegment(device, { attributes: { plan: 'pro', beta: true } }, now)).toBe(true);
    expect(matchesSegment(device, { attributes: { plan: 'free' } }, now)).toBe(false);
    expect(matchesSegment(device, { attributes: { beta: 'true' } }, now)).toBe(false);
  });

  it('needs every condition given', () => {
    expect(matchesSegment(device, { platforms: ['ios'], topic: 'sport' }, now)).toBe(false);
  });

  it('reads the country from the locale region', () => {
    expect(regionOf('zh-Hant-TW')).toBe('TW');
    expect(regionOf('en_gb')).toBe('GB');
    expect(regionOf('es-419')).toBe('419');
    expect(regionOf('fr')).toBeNull();
  });
});

describe('variantOf', () => {
  const variants = [
    { name: 'a', percent: 50 },
    { name: 'b', percent: 50 },
  ];
  const users = Array.from({ length: 10_000 }, (_, i) => `user-${i}`);

  it('splits users near the percentages, the same way every time', () => {
    const a = users.filter((u) => variantOf('c1', u, variants).name === 'a').length;
    expect(a).toBeGreaterThan(4_800);
    expect(a).toBeLessThan(5_200);
    expect(users.map((u) => variantOf('c1', u, variants).name)).toEqual(
      users.map((u) => variantOf('c1', u, variants).name),
    );
  });

  it('honours uneven shares and reshuffles per campaign', () => {
    const uneven = [
      { name: 'a', percent: 10 },
      { name: 'b', percent: 90 },
    ];
    const a = users.filter((u) => variantOf('c1', u, uneven).name === 'a').length;
    expect(a).toBeGreaterThan(850);
    expect(a).toBeLessThan(1_150);
    const moved = users.filter(
      (u) => variantOf('c1', u, variants).name !== variantOf('c2', u, variants).name,
    ).length;
    expect(moved).toBeGreaterThan(4_000);
  });
});
