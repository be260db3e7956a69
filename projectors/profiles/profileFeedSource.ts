import { isoSql, type FeedSource } from '../feed/index.js';

/** f1 email, f2 display name, f3 created at, f4 email verified ('true'/'false'). */
export const profileFeedSource: FeedSource = {
  collection: 'profile',
  projection: 'profiles',
  table: 'profiles',
  select: (
    t,
  ) => `select 'profile' as collection, user_id::text as id, version, position, null::text as deleted_at,
      email as f1, display_name as f2, ${isoSql('created_at')} as f3, email_verified::text as f4, null::text as f5,
      null::text as f6, null::text as f7, null::text as f8
    from ${t} where user_id = ?::uuid`,
};
