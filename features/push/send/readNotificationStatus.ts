import type { Knex } from 'knex';
import type { NotificationSender } from '../../../domain/notification/index.js';
import { activeTable } from '../../../projectors/runtime/index.js';

/** Devices that received and opened a notification, from the receipts another module keeps. */
export type ReceiptCounts = (notificationId: string) => Promise<{ received: number; opened: number }>;

export interface NotificationStatusView {
  id: string;
  status: 'requested' | 'sending' | 'sent' | 'cancelled';
  category: string;
  requestedAt: string;
  pages: number;
  sender: NotificationSender;
  statistics: {
    /** Devices in the audience the fan-out reached so far: handed over plus suppressed. */
    targeted: number;
    suppressed: Record<string, number>;
    /** Pushes handed to the sender. */
    handedOver: number;
    sent: number;
    /** Handed over, not yet final (on the bus, sending, or waiting for a retry). */
    pending: number;
    failed: Record<string, number>;
    invalidTokens: number;
    /** Null until receipts are wired (the `receipts` port of the query routes). */
    received: number | null;
    opened: number | null;
  };
}

interface Row {
  notification_id: string;
  status: NotificationStatusView['status'];
  category: string;
  sender: NotificationSender | string;
  requested_at: Date | string;
  pages: number;
  devices: number;
  suppressed: Record<string, number> | string;
}

const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

/**
 * A notification's status (the notifications read model) and its statistics: suppressed counts
 * from the fan-out, sent / failed by reason / invalid tokens from the sender's ledger (one grouped
 * query on its `request_id` index), received and opened from `receipts` when given.
 */
export async function readNotificationStatus(
  knex: Knex,
  notificationId: string,
  receipts?: ReceiptCounts,
): Promise<NotificationStatusView | undefined> {
  const table = await activeTable(knex, 'notifications', 'push_notifications');
  if (!table) return undefined;
  const row = await knex<Row>(table).where({ notification_id: notificationId }).first();
  if (!row) return undefined;
  const ledger = (await knex.schema.hasTable('push_deliveries'))
    ? await knex('push_deliveries')
        .where({ request_id: notificationId })
        .groupBy('status', 'detail')
        .select<{ status: string; detail: string | null; count: string | number }[]>(
          'status',
          'detail',
          knex.raw('count(*) as count'),
        )
    : [];
  let sent = 0;
  let invalidTokens = 0;
  let final = 0;
  const failed: Record<string, number> = {};
  for (const r of ledger) {
    const n = Number(r.count);
    if (r.status === 'sent') sent += n;
    else if (r.status === 'invalid_token') invalidTokens += n;
    else if (r.status === 'failed') failed[r.detail ?? 'unknown'] = (failed[r.detail ?? 'unknown'] ?? 0) + n;
    else continue;
    final += n;
  }
  const suppressed = json(row.suppressed);
  const handedOver = Number(row.devices);
  const counted = receipts ? await receipts(notificationId) : undefined;
  return {
    id: row.notification_id,
    status: row.status,
    category: row.category,
    requestedAt: new Date(row.requested_at).toISOString(),
    pages: Number(row.pages),
    sender: json(row.sender),
    statistics: {
      targeted: handedOver + Object.values(suppressed).reduce((a, b) => a + b, 0),
      suppressed,
      handedOver,
      sent,
      pending: Math.max(0, handedOver - final),
      failed,
      invalidTokens,
      received: counted?.received ?? null,
      opened: counted?.opened ?? null,
    },
  };
}
