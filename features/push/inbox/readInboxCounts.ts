import type { Knex } from 'knex';
import { activeTable } from '../../../projectors/runtime/index.js';
import { INBOX_PROJECTION } from './inboxTables.js';

/**
 * Each user's unread inbox count, not counting `excludingNotificationId` (the notification being
 * sent: the sender adds 1 itself when it lands in the inbox); 0 for a user with none, and for
 * everyone before the read model is built. For the badge a push carries.
 */
export async function readUnreadCounts(
  knex: Knex,
  userIds: readonly string[],
  excludingNotificationId: string,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>(userIds.map((id) => [id, 0]));
  const table = await activeTable(knex, INBOX_PROJECTION, 'inbox_notifications');
  if (!table || userIds.length === 0) return counts;
  const rows = await knex(table)
    .whereRaw('user_id = any(?::uuid[])', [[...new Set(userIds)]])
    .andWhere({ listed: true })
    .whereNull('read_at')
    .whereNull('deleted_at')
    .andWhereNot({ notification_id: excludingNotificationId })
    .groupBy('user_id')
    .select<{ user_id: string; unread: string }[]>('user_id', knex.raw('count(*) as unread'));
  for (const row of rows) counts.set(row.user_id, Number(row.unread));
  return counts;
}

/** How many devices reported a notification received, and opened (per-notification statistics). */
export async function readReceiptCounts(
  knex: Knex,
  notificationId: string,
): Promise<{ received: number; opened: number }> {
  const table = await activeTable(knex, INBOX_PROJECTION, 'push_receipts');
  if (!table) return { received: 0, opened: 0 };
  const row = await knex(table)
    .where({ notification_id: notificationId })
    .first<{ received: string; opened: string } | undefined>(
      knex.raw('count(received_at) as received'),
      knex.raw('count(opened_at) as opened'),
    );
  return { received: Number(row?.received ?? 0), opened: Number(row?.opened ?? 0) };
}

/** One row of the receipts ledger: when a device reported a notification received, and opened. */
export interface PushReceipt {
  notificationId: string;
  deviceId: string;
  userId: string;
  receivedAt: string | null;
  openedAt: string | null;
}

/** Whose receipts: one notification's, one device's or one user's. */
export type ReceiptFilter = { notificationId: string } | { deviceId: string } | { userId: string };

/** Receipts of a notification, a device or a user (at most `limit`, the latest first). */
export async function readReceipts(knex: Knex, filter: ReceiptFilter, limit = 100): Promise<PushReceipt[]> {
  const table = await activeTable(knex, INBOX_PROJECTION, 'push_receipts');
  if (!table) return [];
  const where =
    'notificationId' in filter
      ? { notification_id: filter.notificationId }
      : 'deviceId' in filter
        ? { device_id: filter.deviceId }
        : { user_id: filter.userId };
  const rows = await knex(table)
    .where(where)
    .orderByRaw('greatest(received_at, opened_at) desc nulls last, notification_id, device_id')
    .limit(limit)
    .select<
      {
        notification_id: string;
        device_id: string;
        user_id: string;
        received_at: Date | null;
        opened_at: Date | null;
      }[]
    >('notification_id', 'device_id', 'user_id', 'received_at', 'opened_at');
  const iso = (t: Date | null) => (t ? new Date(t).toISOString() : null);
  return rows.map((r) => ({
    notificationId: r.notification_id,
    deviceId: r.device_id,
    userId: r.user_id,
    receivedAt: iso(r.received_at),
    openedAt: iso(r.opened_at),
  }));
}
