import { isoSql, type FeedSource } from '../feed/index.js';

/** f1 platform, f2 push token, f3 app version, f4 locale, f5 timezone, f6 registered at, f7 updated at. */
export const deviceFeedSource: FeedSource = {
  collection: 'devices',
  projection: 'devices',
  table: 'devices',
  select: (
    t,
  ) => `select 'devices' as collection, device_id::text as id, version, position, ${isoSql('deleted_at')} as deleted_at,
      platform as f1, push_token as f2, app_version as f3, locale as f4, timezone as f5,
      ${isoSql('registered_at')} as f6, ${isoSql('updated_at')} as f7, null::text as f8
    from ${t} where user_id = ?::uuid`,
};
