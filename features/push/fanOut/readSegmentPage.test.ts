import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { variantOf, type Segment } from '../../../domain/audience/index.js';
import type { NotificationAudience } from '../../../domain/notification/index.js';
import { createPostgresDatabase, type Database } from '../../../infra/postgres/index.js';
import { ensureProjectorSchema } from '../../../projectors/runtime/index.js';
import { createTestDatabase, postgresAvailable } from '../../../test/support/testDatabase.js';
import { readAudiencePage } from './readAudiencePage.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Device n belongs to user 100 + n. */
const devices = [
  { n: 1, platform: 'ios', locale: 'pt-BR', timezone: 'America/Sao_Paulo', app_version: '2.10.0' },
  { n: 2, platform: 'android', locale: 'en-US', timezone: 'America/New_York', app_version: '2.9' },
  { n: 3, platform: 'ios', locale: 'fr-FR', timezone: 'Europe/Paris', app_version: '3.0.0' },
  { n: 4, platform: 'web', locale: 'pt-PT', timezone: 'Europe/Lisbon', app_version: '1.0.0' },
  { n: 5, platform: 'ios', locale: 'ja-JP', timezone: 'Asia/Tokyo', app_version: '2.10.0' },
];

describe('readAudiencePage for a segment (notifier v4, topics, user attributes)', () => {
  let database: { url: string; drop: () => Promise<void> } | undefined;
  let db: Database;

  beforeAll(async () => {
    if (!(await postgresAvailable())) return;
    database = await createTestDatabase();
    db = await createPostgresDatabase({ connectionString: database.url, poolMax: 2 });
    await ensureProjectorSchema(db.knex);
    await db.knex.raw(`create table rm_notifier_devices_v4 (
      device_id uuid primary key, user_id uuid not null, platform text not null, push_token text,
      apns_environment text, apns_bundle_id text, active boolean not null, position bigint not null,
      locale text, timezone text, app_version text)`);
    await db.knex.raw(`create table rm_topic_subscriptions_v1 (
      device_id uuid not null, topic text not null, user_id uuid not null, active boolean not null,
      subscribed_at timestamptz not null, position bigint not null, primary key (device_id, topic))`);
    await db.knex.raw(`create table rm_user_attributes_v1 (
      user_id uuid primary key, attributes jsonb not null, version bigint not null, position bigint not null)`);
    await db.knex('projection_registry').insert([
      { projection: 'notifier', active_version: 4 },
      { projection: 'topic_subscriptions', active_version: 1 },
      { projection: 'user_attributes', active_version: 1 },
    ]);
    await db.knex('rm_notifier_devices_v4').insert([
      ...devices.map((d) => ({
        device_id: uuid(d.n),
        user_id: uuid(100 + d.n),
        platform: d.platform,
        push_token: `t${d.n}`,
        active: true,
        position: d.n,
        locale: d.locale,
        timezone: d.timezone,
        app_version: d.app_version,
      })),
      // Inactive, and without a target: never in a segment.
      {
        device_id: uuid(6),
        user_id: uuid(106),
        platform: 'ios',
        push_token: 't6',
        active: false,
        position: 6,
      },
      {
        device_id: uuid(7),
        user_id: uuid(107),
        platform: 'ios',
        push_token: null,
        active: true,
        position: 7,
      },
    ]);
    const at = new Date();
    await db.knex('rm_topic_subscriptions_v1').insert([
      { device_id: uuid(1), topic: 'news', user_id: uuid(101), active: true, subscribed_at: at, position: 1 },
      {
        device_id: uuid(3),
        topic: 'news',
        user_id: uuid(103),
        active: false,
        subscribed_at: at,
        position: 2,
      },
      { device_id: uuid(5), topic: 'news', user_id: uuid(105), active: true, subscribed_at: at, position: 3 },
    ]);
    await db.knex('rm_user_attributes_v1').insert([
      { user_id: uuid(101), attributes: { plan: 'pro', beta: true }, version: 1, position: 1 },
      { user_id: uuid(102), attributes: { plan: 'pro' }, version: 1, position: 2 },
      { user_id: uuid(103), attributes: { plan: 'free', beta: true }, version: 1, position: 3 },
    ]);
  });
  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  /** Every device of the audience, paging `limit` rows at a time; also how many pages it took. */
  async function all(audience: NotificationAudience, limit = 2) {
    const ids: number[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await readAudiencePage(db.knex, audience, { after, limit });
      if (!page) throw new Error('not ready');
      expect(page.devices.length).toBeLessThanOrEqual(limit);
      ids.push(...page.devices.map((d) => Number(d.deviceId.slice(-12))));
      after = page.next;
      pages++;
    } while (after);
    return { ids, pages };
  }
  const segment = async (s: Segment) => (await all({ type: 'segment', segment: s })).ids;

  it('reads every active device with a target for an empty segment, in pages', async (ctx) => {
    if (!database) return ctx.skip();
    expect(await all({ type: 'segment', segment: {} })).toEqual({ ids: [1, 2, 3, 4, 5], pages: 3 });
  });

  it('filters by each condition', async (ctx) => {
    if (!database) return ctx.skip();
    expect(await segment({ platforms: ['ios'] })).toEqual([1, 3, 5]);
    expect(await segment({ platforms: ['android', 'web'] })).toEqual([2, 4]);
    expect(await segment({ timezones: ['Europe/Paris', 'Asia/Tokyo'] })).toEqual([3, 5]);
    expect(await segment({ topic: 'news' })).toEqual([1, 5]);
    expect(await segment({ attributes: { plan: 'pro' } })).toEqual([1, 2]);
    expect(await segment({ attributes: { plan: 'pro', beta: true } })).toEqual([1]);
    expect(await segment({ attributes: { beta: 'true' } })).toEqual([]);
    expect(await segment({ appVersion: { min: '2.9.1' } })).toEqual([1, 3, 5]);
    expect(await segment({ appVersion: { min: '2.9', max: '2.10' } })).toEqual([1, 2, 5]);
    expect(await segment({ locales: ['pt'] })).toEqual([1, 4]);
    expect(await segment({ locales: ['PT-br', 'ja'] })).toEqual([1, 5]);
    expect(await segment({ countries: ['br', 'FR'] })).toEqual([1, 3]);
  });

  it('is not ready for lastSeenWithinDays until notifier v5 serves (v4 keeps no last seen)', async (ctx) => {
    if (!database) return ctx.skip();
    const audience = { type: 'segment' as const, segment: { lastSeenWithinDays: 7 } };
    expect(await readAudiencePage(db.knex, audience, { after: null, limit: 2 })).toBeUndefined();
  });

  it('combines the conditions (AND), the JS ones on pages that may come out short', async (ctx) => {
    if (!database) return ctx.skip();
    expect(await segment({ platforms: ['ios'], topic: 'news', appVersion: { min: '2.10' } })).toEqual([1, 5]);
    expect(await segment({ platforms: ['ios'], attributes: { beta: true }, countries: ['FR'] })).toEqual([3]);
    const short = await all({ type: 'segment', segment: { countries: ['JP'] } }, 2);
    expect(short).toEqual({ ids: [5], pages: 3 });
  });

  it('keeps only the users of a split’s variant, each device of a user with its user', async (ctx) => {
    if (!database) return ctx.skip();
    const variants = [
      { name: 'a', percent: 50 },
      { name: 'b', percent: 50 },
    ];
    const split = (variant: string) => ({ campaignId: 'c1', variant, variants });
    const a = await all({ type: 'segment', segment: {}, split: split('a') });
    const b = await all({ type: 'segment', segment: {}, split: split('b') });
    expect([...a.ids, ...b.ids].sort()).toEqual([1, 2, 3, 4, 5]);
    for (const n of a.ids) expect(variantOf('c1', uuid(100 + n), variants).name).toBe('a');
    for (const n of b.ids) expect(variantOf('c1', uuid(100 + n), variants).name).toBe('b');
    // The split applies to other audiences too.
    const users = await all({ type: 'users', userIds: [uuid(101), uuid(102)], split: split('a') });
    expect(users.ids).toEqual(a.ids.filter((n) => n <= 2));
  });

  it('keeps only the devices whose own local send time falls in a wave’s window', async (ctx) => {
    if (!database) return ctx.skip();
    const schedule = { type: 'localTime', date: '2026-06-01', time: '09:00' } as const;
    const window = (after: string, until: string) => ({
      schedule,
      afterMs: Date.parse(after),
      untilMs: Date.parse(until),
    });
    // 09:00 in Tokyo (UTC+9) is 00:00Z; in Paris (summer, UTC+2) 07:00Z; Lisbon (UTC+1) 08:00Z.
    const tokyo = window('2026-05-31T23:45:00Z', '2026-06-01T00:00:00Z');
    expect((await all({ type: 'segment', segment: {}, window: tokyo })).ids).toEqual([5]);
    const europe = window('2026-06-01T06:45:00Z', '2026-06-01T08:00:00Z');
    expect((await all({ type: 'segment', segment: {}, window: europe })).ids).toEqual([3, 4]);
    // The window's start is open: Tokyo's instant belongs to the wave ending at it, not the next.
    const after = window('2026-06-01T00:00:00Z', '2026-06-01T00:15:00Z');
    expect((await all({ type: 'segment', segment: {}, window: after })).ids).toEqual([]);
  });
});
