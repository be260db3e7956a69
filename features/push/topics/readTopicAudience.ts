import type { Knex } from 'knex';
import { activeTable, activeVersion } from '../../../projectors/runtime/index.js';
import { deviceOf, type DeviceRow } from './deviceOf.js';

/** A subscribed device with its push target, as the notifier knows it (see notifierProjection). */
export interface TopicAudienceMember {
  deviceId: string;
  userId: string;
  platform: 'ios' | 'android' | 'web';
  pushToken: string;
  apns?: { environment?: 'sandbox' | 'production'; bundleId?: string };
  /** The device's locale and IANA time zone, as it registered them (absent before notifier v4 knew them). */
  locale?: string;
  timezone?: string;
}

export interface TopicAudiencePage {
  devices: TopicAudienceMember[];
  /** Pass as `after` for the next page; null on the last one. */
  next: string | null;
}

/**
 * One page of a topic's audience: active devices subscribed to `topic` that have a push target,
 * in device id order after `after` (keyset: one index range scan per page, never the whole
 * audience in memory). Undefined before the read models are built.
 */
export async function readTopicAudience(
  knex: Knex,
  topic: string,
  page: { after?: string | null; limit: number },
): Promise<TopicAudiencePage | undefined> {
  const [subscriptions, devices] = await Promise.all([
    activeTable(knex, 'topic_subscriptions', 'topic_subscriptions'),
    activeTable(knex, 'notifier', 'notifier_devices'),
  ]);
  if (!subscriptions || !devices) return undefined;
  const limit = Math.max(1, Math.min(page.limit, 10_000));
  const query = knex(`${subscriptions} as s`)
    .join(`${devices} as d`, 'd.device_id', 's.device_id')
    .where('s.topic', topic)
    .andWhere('s.active', true)
    .andWhere('d.active', true)
    .whereNotNull('d.push_token')
    .orderBy('s.device_id')
    .limit(limit + 1)
    .select<DeviceRow[]>(
      's.device_id',
      'd.user_id',
      'd.platform',
      'd.push_token',
      'd.apns_environment',
      'd.apns_bundle_id',
      ...(await localeColumns(knex, 'd.')),
    );
  if (page.after) query.andWhere('s.device_id', '>', page.after);
  const rows = await query;
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  return {
    devices: shown.map(deviceOf),
    next: more ? shown[shown.length - 1]!.device_id : null,
  };
}

/** The topics a device is subscribed to, by name; undefined before the read model is built. */
export async function readDeviceTopics(knex: Knex, deviceId: string): Promise<string[] | undefined> {
  const table = await activeTable(knex, 'topic_subscriptions', 'topic_subscriptions');
  if (!table) return undefined;
  const rows = await knex(table)
    .where({ device_id: deviceId, active: true })
    .orderBy('topic')
    .select<{ topic: string }[]>('topic');
  return rows.map((r) => r.topic);
}

/**
 * The device locale and time zone columns of the notifier's active table: notifier v4 added them,
 * so while v4 rebuilds beside v3 (blue/green) they read as null.
 */
export async function localeColumns(knex: Knex, prefix = ''): Promise<(string | Knex.Raw)[]> {
  return ((await activeVersion(knex, 'notifier')) ?? 0) >= 4
    ? [`${prefix}locale`, `${prefix}timezone`]
    : [knex.raw('null::text as locale'), knex.raw('null::text as timezone')];
}
