import type { Knex } from 'knex';
import type { NotificationAudience } from '../../../domain/notification/index.js';
import { activeTable } from '../../../projectors/runtime/index.js';
import { localeColumns, readTopicAudience, type TopicAudienceMember } from '../topics/index.js';

/** A device a notification goes to, with its push target, locale and time zone. */
export type AudienceDevice = TopicAudienceMember;

export interface AudiencePage {
  devices: AudienceDevice[];
  /** The cursor past this page (the last device id); null on the last page. */
  next: string | null;
}

interface DeviceRow {
  device_id: string;
  user_id: string;
  platform: AudienceDevice['platform'];
  push_token: string;
  apns_environment: 'sandbox' | 'production' | null;
  apns_bundle_id: string | null;
  locale: string | null;
  timezone: string | null;
}

const deviceOf = (r: DeviceRow): AudienceDevice => ({
  deviceId: r.device_id,
  userId: r.user_id,
  platform: r.platform,
  pushToken: r.push_token,
  ...(r.apns_environment || r.apns_bundle_id
    ? {
        apns: {
          ...(r.apns_environment ? { environment: r.apns_environment } : {}),
          ...(r.apns_bundle_id ? { bundleId: r.apns_bundle_id } : {}),
        },
      }
    : {}),
  ...(r.locale ? { locale: r.locale } : {}),
  ...(r.timezone ? { timezone: r.timezone } : {}),
});

/**
 * One page of a notification's audience, in device id order after `after` (keyset: one index range
 * scan per page, never the whole audience in memory): the active devices with a push target of
 * the users named, of the devices named, or subscribed to the topic (readTopicAudience), as the
 * notifier's read model knows them now. Undefined before the read models are built.
 */
export async function readAudiencePage(
  knex: Knex,
  audience: NotificationAudience,
  page: { after: string | null; limit: number },
): Promise<AudiencePage | undefined> {
  if (audience.type === 'topic') return readTopicAudience(knex, audience.topic, page);
  const devices = await activeTable(knex, 'notifier', 'notifier_devices');
  if (!devices) return undefined;
  const query = knex(devices)
    .where({ active: true })
    .whereNotNull('push_token')
    .orderBy('device_id')
    .limit(page.limit + 1)
    .select<DeviceRow[]>(
      'device_id',
      'user_id',
      'platform',
      'push_token',
      'apns_environment',
      'apns_bundle_id',
      ...(await localeColumns(knex)),
    );
  if (audience.type === 'users') void query.whereIn('user_id', audience.userIds);
  else void query.whereIn('device_id', audience.deviceIds);
  if (page.after) void query.andWhere('device_id', '>', page.after);
  const rows = await query;
  const more = rows.length > page.limit;
  const shown = more ? rows.slice(0, page.limit) : rows;
  return { devices: shown.map(deviceOf), next: more ? shown[shown.length - 1]!.device_id : null };
}
