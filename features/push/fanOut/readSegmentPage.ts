import type { Knex } from 'knex';
import { matchesSegment, type Segment } from '../../../domain/audience/index.js';
import { activeTable, activeVersion } from '../../../projectors/runtime/index.js';
import { FEED_PULLS_TABLE, FeedPullLog } from '../../../query-api/index.js';
import { localeColumns } from '../topics/index.js';
import type { AudiencePage } from './readAudiencePage.js';
import { deviceOf, type DeviceRow } from '../topics/index.js';

interface SegmentRow extends DeviceRow {
  app_version: string | null;
}

/**
 * One page of a segment's devices, keyset by device id: PostgreSQL filters what it can (active
 * with a target, platforms, time zones, the topic through topic_subscriptions, custom attributes
 * by jsonb containment on user_attributes' GIN index), then matchesSegment the rest (app version
 * range, locales, countries) on the `limit` rows scanned. A page may hold fewer devices than it
 * scanned; `next` is the last id scanned.
 *
 * `lastSeenWithinDays` is filtered in SQL too: the later of the notifier's `last_seen_at` (v5:
 * registration, sign-in, session refresh, device update, push target) and the device's last feed
 * pull (`feed_pulls`, joined by its primary key, for the same user) must be within that many days
 * of `page.nowMs` (the send's time; the database's `now()` without it). Before notifier v5 serves,
 * such a segment is not ready (undefined) rather than read without the condition.
 */
export async function readSegmentPage(
  knex: Knex,
  segment: Segment,
  page: { after: string | null; limit: number; nowMs?: number },
): Promise<AudiencePage | undefined> {
  const devices = await activeTable(knex, 'notifier', 'notifier_devices');
  const subscriptions = segment.topic
    ? await activeTable(knex, 'topic_subscriptions', 'topic_subscriptions')
    : 'unused';
  const attributes = segment.attributes
    ? await activeTable(knex, 'user_attributes', 'user_attributes')
    : 'unused';
  if (!devices || !subscriptions || !attributes) return undefined;
  const version = (await activeVersion(knex, 'notifier')) ?? 0;
  const v4 = version >= 4;
  if (segment.lastSeenWithinDays !== undefined && version < 5) return undefined;
  const query = knex(`${devices} as d`)
    .where('d.active', true)
    .whereNotNull('d.push_token')
    .orderBy('d.device_id')
    .limit(page.limit + 1)
    .select<SegmentRow[]>(
      'd.device_id',
      'd.user_id',
      'd.platform',
      'd.push_token',
      'd.apns_environment',
      'd.apns_bundle_id',
      ...(await localeColumns(knex, 'd.')),
      v4 ? 'd.app_version' : knex.raw('null::text as app_version'),
    );
  if (page.after) void query.andWhere('d.device_id', '>', page.after);
  if (segment.platforms) void query.whereIn('d.platform', segment.platforms);
  if (segment.timezones) void query.whereIn('d.timezone', segment.timezones);
  if (segment.lastSeenWithinDays !== undefined) {
    await feedPullsReady(knex);
    void query
      .leftJoin(`${FEED_PULLS_TABLE} as fp`, (on) => {
        on.on('fp.device_id', 'd.device_id').andOn('fp.user_id', 'd.user_id');
        // Implied by the join, but it lets PostgreSQL start feed_pulls' index at the page too
        // (a merge join otherwise reads it from its start on every page).
        if (page.after) on.andOnVal('fp.device_id', '>', page.after);
      })
      .whereRaw(
        `greatest(d.last_seen_at, fp.pulled_at) >= ${page.nowMs === undefined ? 'now()' : '?::timestamptz'} - make_interval(days => ?)`,
        [
          ...(page.nowMs === undefined ? [] : [new Date(page.nowMs).toISOString()]),
          segment.lastSeenWithinDays,
        ],
      );
  }
  if (segment.topic)
    void query.whereExists(
      knex(subscriptions)
        .select(knex.raw('1'))
        .whereRaw('device_id = d.device_id')
        .andWhere({ topic: segment.topic, active: true }),
    );
  if (segment.attributes)
    void query.whereExists(
      knex(attributes)
        .select(knex.raw('1'))
        .whereRaw('user_id = d.user_id')
        .andWhereRaw('attributes @> ?::jsonb', [JSON.stringify(segment.attributes)]),
    );
  const rows = await query;
  const more = rows.length > page.limit;
  const scanned = more ? rows.slice(0, page.limit) : rows;
  // What SQL checked is given as matching; the rest is matched here.
  const rest: Segment = {
    ...(segment.appVersion ? { appVersion: segment.appVersion } : {}),
    ...(segment.locales ? { locales: segment.locales } : {}),
    ...(segment.countries ? { countries: segment.countries } : {}),
  };
  const matching = scanned.filter((r) =>
    matchesSegment(
      {
        platform: r.platform,
        appVersion: r.app_version ?? '',
        locale: r.locale ?? '',
        timezone: r.timezone ?? '',
        lastSeenMs: 0,
        topics: [],
        attributes: {},
      },
      rest,
      0,
    ),
  );
  return { devices: matching.map(deviceOf), next: more ? scanned[scanned.length - 1]!.device_id : null };
}

const withFeedPulls = new WeakSet<Knex>();

/** The query API makes `feed_pulls`; a fan-out process that starts first makes it (once per process). */
async function feedPullsReady(knex: Knex): Promise<void> {
  if (withFeedPulls.has(knex)) return;
  await FeedPullLog.ensureSchema(knex);
  withFeedPulls.add(knex);
}
