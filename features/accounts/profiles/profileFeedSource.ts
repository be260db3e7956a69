import { defineFeedSource, isoSql, type FeedRowHead } from '../../../projectors/feed/index.js';

interface ProfileFeedRow extends FeedRowHead {
  email: string;
  display_name: string;
  created_at: string;
  email_verified: boolean;
}

/** The user's own profile: one row, the `profile` collection, a `Profile` body. */
export const profileFeedSource = defineFeedSource<ProfileFeedRow>({
  name: 'profile',
  projection: 'profiles',
  table: 'profiles',
  collections: ['profile'],
  body: 'profile',
  select: (t) => `select 'profile'::text as collection, user_id::text as id, version, position,
      null::text as deleted_at, email, display_name, ${isoSql('created_at')} as created_at, email_verified
    from ${t} where user_id = ?::uuid`,
  toChange: (row, head) => ({
    ...head,
    profile: {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      createdAt: row.created_at,
      emailVerified: row.email_verified,
    },
  }),
});
