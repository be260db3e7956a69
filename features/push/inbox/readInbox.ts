import type { Knex } from 'knex';
import { activeTable } from '../../../projectors/runtime/index.js';
import { INBOX_PROJECTION } from './inboxTables.js';

/** One notification of a user's inbox, as the API answers it. */
export interface InboxItem {
  id: string;
  title: string;
  body: string;
  category: string;
  deepLink: string | null;
  imageUrl: string | null;
  data: Record<string, string>;
  createdAt: string;
  readAt: string | null;
  openedAt: string | null;
  /** The log position at which it landed (what `read-all` takes as `upTo`). */
  position: number;
}

interface Row {
  notification_id: string;
  title: string | null;
  body: string | null;
  category: string;
  deep_link: string | null;
  image_url: string | null;
  data: Record<string, string> | string | null;
  created_at: Date;
  read_at: Date | null;
  opened_at: Date | null;
  inbox_position: string | number;
}

const iso = (t: Date | null) => (t ? new Date(t).toISOString() : null);

const toItem = (r: Row): InboxItem => ({
  id: r.notification_id,
  title: r.title ?? '',
  body: r.body ?? '',
  category: r.category,
  deepLink: r.deep_link,
  imageUrl: r.image_url,
  data: typeof r.data === 'string' ? (JSON.parse(r.data) as Record<string, string>) : (r.data ?? {}),
  createdAt: new Date(r.created_at).toISOString(),
  readAt: iso(r.read_at),
  openedAt: iso(r.opened_at),
  position: Number(r.inbox_position),
});

/** Where a page of the inbox stops: the last item's position and id (newest first). */
export interface InboxCursor {
  position: number;
  id: string;
}

export interface InboxPage {
  notifications: InboxItem[];
  unread: number;
  next: InboxCursor | null;
}

/** The user's inbox, newest first, after `before` (exclusive); undefined before the read model is built. */
export async function readInbox(
  knex: Knex,
  userId: string,
  page: { before?: InboxCursor | undefined; limit: number },
): Promise<InboxPage | undefined> {
  const table = await activeTable(knex, INBOX_PROJECTION, 'inbox_notifications');
  const badges = await activeTable(knex, INBOX_PROJECTION, 'inbox_badges');
  if (!table || !badges) return undefined;
  const query = knex(table).where({ user_id: userId, listed: true }).whereNull('deleted_at');
  if (page.before)
    void query.andWhereRaw('(inbox_position, notification_id) < (?, ?)', [
      page.before.position,
      page.before.id,
    ]);
  const rows: Row[] = await query
    .orderBy([
      { column: 'inbox_position', order: 'desc' },
      { column: 'notification_id', order: 'desc' },
    ])
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit).map(toItem);
  const last = items[items.length - 1];
  const badge = await knex(badges).where({ user_id: userId }).first<{ unread: number } | undefined>('unread');
  return {
    notifications: items,
    unread: badge?.unread ?? 0,
    next: rows.length > page.limit && last ? { position: last.position, id: last.id } : null,
  };
}

/** What the inbox routes check before a command: the user's row of a notification. */
export interface InboxEntry {
  listed: boolean;
  deleted: boolean;
  position: number;
}

/**
 * The user's row of a notification (null: they were never sent it, or it is someone else's);
 * undefined before the read model is built.
 */
export async function readInboxEntry(
  knex: Knex,
  userId: string,
  notificationId: string,
): Promise<InboxEntry | null | undefined> {
  const table = await activeTable(knex, INBOX_PROJECTION, 'inbox_notifications');
  if (!table) return undefined;
  const row = await knex(table)
    .where({ user_id: userId, notification_id: notificationId })
    .first<{ listed: boolean; deleted_at: Date | null; inbox_position: string } | undefined>(
      'listed',
      'deleted_at',
      'inbox_position',
    );
  if (!row) return null;
  return { listed: row.listed, deleted: row.deleted_at !== null, position: Number(row.inbox_position) };
}

/** Whether the inbox read model knows the notification (it applied its request); false before the build. */
export async function readInboxRequestKnown(knex: Knex, notificationId: string): Promise<boolean> {
  const table = await activeTable(knex, INBOX_PROJECTION, 'inbox_requests');
  if (!table) return false;
  return (
    (await knex(table).where({ notification_id: notificationId }).first('notification_id')) !== undefined
  );
}

/** The position of the newest notification in the user's inbox (0: none); undefined before the build. */
export async function readNewestInboxPosition(knex: Knex, userId: string): Promise<number | undefined> {
  const table = await activeTable(knex, INBOX_PROJECTION, 'inbox_notifications');
  if (!table) return undefined;
  const row = await knex(table)
    .where({ user_id: userId, listed: true })
    .max<{ max: string | null } | undefined>('inbox_position as max')
    .first();
  return Number(row?.max ?? 0);
}
