import { defineFeedSource, isoSql, type FeedRowHead } from '../../../projectors/feed/index.js';
import { INBOX_PROJECTION } from './inboxTables.js';

interface NotificationFeedRow extends FeedRowHead {
  title: string | null;
  body: string | null;
  category: string;
  deep_link: string | null;
  image_url: string | null;
  data: Record<string, string> | string | null;
  created_at: string;
  read_at: string | null;
  opened_at: string | null;
  inbox_position: string | number;
}

/**
 * The user's inbox: the `notifications` system collection, an `InboxNotification` body per
 * notification (id: the notification id); a deleted one is a tombstone.
 */
export const notificationFeedSource = defineFeedSource<NotificationFeedRow>({
  name: 'notifications',
  projection: INBOX_PROJECTION,
  table: 'inbox_notifications',
  collections: ['notifications'],
  body: 'notification',
  select: (t) => `select 'notifications'::text as collection, notification_id as id, version, position,
      ${isoSql('deleted_at')} as deleted_at, title, body, category, deep_link, image_url, data,
      ${isoSql('created_at')} as created_at, ${isoSql('read_at')} as read_at,
      ${isoSql('opened_at')} as opened_at, inbox_position
    from ${t} where user_id = ?::uuid and listed`,
  toChange: (row, head) => ({
    ...head,
    notification: {
      id: row.id,
      title: row.title ?? '',
      body: row.body ?? '',
      category: row.category,
      deepLink: row.deep_link ?? '',
      imageUrl: row.image_url ?? '',
      data:
        typeof row.data === 'string' ? (JSON.parse(row.data) as Record<string, string>) : (row.data ?? {}),
      createdAt: row.created_at,
      readAt: row.read_at ?? '',
      openedAt: row.opened_at ?? '',
      inboxPosition: Number(row.inbox_position),
    },
  }),
});

interface BadgeFeedRow extends FeedRowHead {
  unread: number;
}

/**
 * The user's unread count: the `notification_badge` system collection, one document whose id is
 * the user id, a `NotificationBadge` body. An app sets its icon badge to `unread` as it is.
 */
export const notificationBadgeFeedSource = defineFeedSource<BadgeFeedRow>({
  name: 'notification_badge',
  projection: INBOX_PROJECTION,
  table: 'inbox_badges',
  collections: ['notification_badge'],
  body: 'notificationBadge',
  select: (t) => `select 'notification_badge'::text as collection, user_id::text as id, version, position,
      null::text as deleted_at, unread
    from ${t} where user_id = ?::uuid`,
  toChange: (row, head) => ({ ...head, notificationBadge: { unread: row.unread } }),
});
