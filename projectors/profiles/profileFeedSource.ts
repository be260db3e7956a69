import type { FeedSource } from '../feed/index.js';

export const profileFeedSource: FeedSource = {
  collection: 'profile',
  projection: 'profiles',
  table: 'profiles',
  select: (
    t,
  ) => `select 'profile' as collection, user_id::text as id, version, position, null::timestamptz as deleted_at,
      jsonb_build_object('id', user_id, 'email', email, 'displayName', display_name, 'createdAt', created_at) as doc
    from ${t} where user_id::text = ?`,
};
