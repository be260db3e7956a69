import { toStruct } from '../../../proto/index.js';
import { defineFeedSource, isoSql, type FeedRowHead } from '../../../projectors/feed/index.js';

interface PreferencesFeedRow extends FeedRowHead {
  preferences: Record<string, unknown> | string;
  updated_at: string;
}

/**
 * The user's notification preferences: the `preferences` system collection, one document whose
 * id is the user id, carried as a `document` (Struct) body: `{ timezone, quietHours, categories, updatedAt }`.
 */
export const preferencesFeedSource = defineFeedSource<PreferencesFeedRow>({
  name: 'preferences',
  projection: 'notification_preferences',
  table: 'notification_preferences',
  collections: ['preferences'],
  body: 'document',
  select: (t) => `select 'preferences'::text as collection, user_id::text as id, version, position,
      null::text as deleted_at, preferences, ${isoSql('updated_at')} as updated_at
    from ${t} where user_id = ?::uuid`,
  toChange: (row, head, context) => {
    const preferences =
      typeof row.preferences === 'string'
        ? (JSON.parse(row.preferences) as Record<string, unknown>)
        : row.preferences;
    return {
      ...head,
      document: toStruct(context.select('preferences', { ...preferences, updatedAt: row.updated_at })),
    };
  },
});
