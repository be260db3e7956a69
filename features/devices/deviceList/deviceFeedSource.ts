import { defineFeedSource, isoSql, type FeedRowHead } from '../../../projectors/feed/index.js';

interface DeviceFeedRow extends FeedRowHead {
  platform: string;
  push_token: string | null;
  app_version: string | null;
  locale: string | null;
  timezone: string | null;
  registered_at: string;
  updated_at: string;
}

/** The user's devices: the `devices` collection, a `Device` body; a removed device is a tombstone. */
export const deviceFeedSource = defineFeedSource<DeviceFeedRow>({
  name: 'devices',
  projection: 'devices',
  table: 'devices',
  collections: ['devices'],
  body: 'device',
  select: (t) => `select 'devices'::text as collection, device_id::text as id, version, position,
      ${isoSql('deleted_at')} as deleted_at, platform, push_token, app_version, locale, timezone,
      ${isoSql('registered_at')} as registered_at, ${isoSql('updated_at')} as updated_at
    from ${t} where user_id = ?::uuid`,
  toChange: (row, head) => ({
    ...head,
    device: {
      id: row.id,
      platform: row.platform,
      pushToken: row.push_token ?? '',
      appVersion: row.app_version ?? '',
      locale: row.locale ?? '',
      timezone: row.timezone ?? '',
      registeredAt: row.registered_at,
      updatedAt: row.updated_at,
    },
  }),
});
