import type { Knex } from 'knex';
import { variantOf } from '../../../domain/audience/index.js';
import { sendInstantFor } from '../../../domain/campaign/index.js';
import type { CampaignSlice, NotificationAudience } from '../../../domain/notification/index.js';
import { activeTable } from '../../../projectors/runtime/index.js';
import { localeColumns, readTopicAudience, type TopicAudienceMember } from '../topics/index.js';
import { deviceOf, type DeviceRow } from '../topics/index.js';
import { readSegmentPage } from './readSegmentPage.js';

/** A device a notification goes to, with its push target, locale and time zone. */
export type AudienceDevice = TopicAudienceMember;

export interface AudiencePage {
  devices: AudienceDevice[];
  /** The cursor past this page (the last device id scanned); null on the last page. */
  next: string | null;
}

/**
 * One page of a notification's audience, in device id order after `after` (keyset: one index range
 * scan per page, never the whole audience in memory): the active devices with a push target of
 * the users named, of the devices named, subscribed to the topic (readTopicAudience) or in the
 * segment (readSegmentPage), as the read models know them now; then, for a campaign wave, only
 * those in its A/B split and its time window (inCampaignSlice). A page may then hold fewer
 * devices than `limit`, even none, with more to come (`next`). Undefined before the read models
 * are built.
 */
export async function readAudiencePage(
  knex: Knex,
  audience: NotificationAudience,
  page: { after: string | null; limit: number },
): Promise<AudiencePage | undefined> {
  const read = await readUnsliced(knex, audience, page);
  if (!read || (!audience.split && !audience.window)) return read;
  return { devices: read.devices.filter((d) => inCampaignSlice(audience, d)), next: read.next };
}

/** Whether a device is in a campaign wave's share: its user's variant, its zone's send instant. */
export function inCampaignSlice(slice: CampaignSlice, device: AudienceDevice): boolean {
  const { split, window } = slice;
  if (split && variantOf(split.campaignId, device.userId, split.variants).name !== split.variant)
    return false;
  if (window) {
    const at = sendInstantFor(window.schedule, device.timezone ?? 'UTC', window.untilMs);
    if (!(at > window.afterMs && at <= window.untilMs)) return false;
  }
  return true;
}

async function readUnsliced(
  knex: Knex,
  audience: NotificationAudience,
  page: { after: string | null; limit: number },
): Promise<AudiencePage | undefined> {
  if (audience.type === 'topic') return readTopicAudience(knex, audience.topic, page);
  if (audience.type === 'segment') return readSegmentPage(knex, audience.segment, page);
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
