import type {
  InboxEvent,
  NotificationFannedOut,
  NotificationRequested,
} from '../../../domain/notification/index.js';
import type { UserErased } from '../../../domain/user/index.js';
import { defineProjection } from '../../../projectors/runtime/index.js';
import { applyCopy, COPIED_EVENTS, type CopiedEvent } from './applyCopies.js';
import { applyInboxEvent } from './applyInboxEvents.js';
import { applyFannedOut, applyRequested } from './applyNotificationEvents.js';
import { createInboxTables, INBOX_PROJECTION } from './inboxTables.js';

type Handled = NotificationRequested | NotificationFannedOut | InboxEvent | CopiedEvent | UserErased;

/**
 * The notification inbox and the receipts ledger (see inboxTables.ts): every user-visible
 * notification the fan-out reached (or, sent to named users, each of them) becomes a row of the
 * user's inbox, and what they do with it (read, read all, delete, received, opened) is applied
 * from their `inbox-<user>` stream.
 */
export const inboxProjection = defineProjection<Handled>({
  name: INBOX_PROJECTION,
  version: 2,
  handles: [
    'NotificationRequested',
    'NotificationFannedOut',
    'NotificationRead',
    'AllNotificationsRead',
    'NotificationDeleted',
    'NotificationReceived',
    'NotificationOpened',
    ...COPIED_EVENTS,
    'UserErased',
  ],
  tables: [
    'inbox_templates',
    'inbox_users',
    'inbox_requests',
    'inbox_notifications',
    'inbox_badges',
    'push_receipts',
  ],
  setup: createInboxTables,
  // Rows come from notification streams and change from inbox streams, rendered with copies kept
  // from template, device, preferences and user streams: one partition keeps their order.
  partitionKey: () => INBOX_PROJECTION,
  async apply(event, context) {
    switch (event.type) {
      case 'NotificationRequested':
        return applyRequested(event, context);
      case 'NotificationFannedOut':
        return applyFannedOut(event, context);
      case 'NotificationRead':
      case 'AllNotificationsRead':
      case 'NotificationDeleted':
      case 'NotificationReceived':
      case 'NotificationOpened':
        return applyInboxEvent(event, context);
      case 'UserErased': {
        const { trx, table } = context;
        const userId = event.data.userId;
        for (const base of ['inbox_notifications', 'inbox_badges', 'inbox_users', 'push_receipts'])
          await trx(table(base)).where({ user_id: userId }).delete();
        return;
      }
      default:
        return applyCopy(event, context);
    }
  },
});
