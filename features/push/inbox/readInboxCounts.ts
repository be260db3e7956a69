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
