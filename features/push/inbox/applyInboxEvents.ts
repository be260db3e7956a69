import type { InboxEvent } from '../../../domain/notification/index.js';
import type { ProjectionContext, Recorded } from '../../../projectors/runtime/index.js';
import { recountBadges } from './recountBadges.js';

/**
 * What a user did with their notifications: rows turn read, opened or deleted (each only once:
 * a replay matches no row), receipts land in the ledger; a changed row and the user's badge
 * change their feed.
 */
export async function applyInboxEvent(
  event: Recorded<InboxEvent>,
  { trx, table, announceChange }: ProjectionContext,
): Promise<void> {
  const { userId, at } = event.data;
  const rows = () =>
    trx(table('inbox_notifications')).where({ user_id: userId, listed: true }).whereNull('deleted_at');
  const bump = { version: trx.raw('version + 1'), position: event.position };
  let changed = 0;
  switch (event.type) {
    case 'NotificationRead':
      changed = await rows()
        .andWhere({ notification_id: event.data.notificationId })
        .whereNull('read_at')
        .update({ read_at: at, ...bump });
      break;
    case 'AllNotificationsRead':
      changed = await rows()
        .andWhere('inbox_position', '<=', event.data.upTo)
        .whereNull('read_at')
        .update({ read_at: at, ...bump });
      break;
    case 'NotificationDeleted':
      // The tombstone is all the feed serves of it: its words go.
      changed = await rows()
        .andWhere({ notification_id: event.data.notificationId })
        .update({
          deleted_at: at,
          title: null,
          body: null,
          data: null,
          deep_link: null,
          image_url: null,
          ...bump,
        });
      break;
    case 'NotificationReceived':
    case 'NotificationOpened': {
      const column = event.type === 'NotificationReceived' ? 'received_at' : 'opened_at';
      const receipts = table('push_receipts');
      await trx(receipts)
        .insert({
          notification_id: event.data.notificationId,
          device_id: event.data.deviceId,
          user_id: userId,
          [column]: at,
        })
        .onConflict(['notification_id', 'device_id'])
        .merge({ [column]: trx.raw(`coalesce(${receipts}.${column}, excluded.${column})`) });
      if (event.type === 'NotificationOpened')
        changed = await rows()
          .andWhere({ notification_id: event.data.notificationId })
          .whereNull('opened_at')
          .update({ opened_at: at, ...bump });
      break;
    }
  }
  if (changed === 0) return;
  announceChange(userId, event.position);
  await recountBadges(trx, table, [userId], event.position);
}
