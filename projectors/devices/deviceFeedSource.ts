import type { FeedSource } from '../feed/index.js';

export const deviceFeedSource: FeedSource = {
  collection: 'devices',
  projection: 'devices',
  table: 'devices',
  select: (t) => `select 'devices' as collection, device_id::text as id, version, position, deleted_at,
      jsonb_build_object('id', device_id, 'platform', platform, 'pushToken', push_token, 'appVersion', app_version,
        'locale', locale, 'timezone', timezone, 'registeredAt', registered_at, 'updatedAt', updated_at) as doc
    from ${t} where user_id::text = ?`,
};
