import type { Knex } from 'knex';
import type {
  NotificationCancelled,
  NotificationFannedOut,
  NotificationHeldReleased,
  NotificationRequested,
} from '../../../domain/notification/index.js';
import { defineProjection } from '../../../projectors/runtime/index.js';
import { PUSH_NOTIFICATIONS_TOPIC } from '../notifier/index.js';

/**
 * notifications: each requested notification's status (requested → sending → sent, or cancelled)
 * and the fan-out's counts (devices handed to the sender, suppressed by reason), for
 * `GET /v1/notifications/{id}`: a held group released at the end of quiet hours moves from
 * `suppressed.deferred` to `devices` (handed over), so `targeted` stays the same; and, for each NotificationRequested, a message on
 * PUSH_NOTIFICATIONS_TOPIC that starts the fan-out worker (published with the checkpoint, so none
 * is lost; a rebuild publishes them again, which the worker finds done and skips).
 */
export const notificationsProjection = defineProjection<
  NotificationRequested | NotificationFannedOut | NotificationCancelled | NotificationHeldReleased
>({
  name: 'notifications',
  version: 1,
  handles: [
    'NotificationRequested',
    'NotificationFannedOut',
    'NotificationCancelled',
    'NotificationHeldReleased',
  ],
  tables: ['push_notifications'],
  partitionKey: (event) => event.data.notificationId,
  async setup(trx, table) {
    await trx.raw(`create table if not exists ${table('push_notifications')} (
      notification_id uuid primary key, status text not null, category text not null, sender jsonb not null,
      audience jsonb not null, requested_at timestamptz not null, pages int not null default 0,
      devices int not null default 0, suppressed jsonb not null default '{}', position bigint not null)`);
  },
  async apply(event, { trx, table, publish }) {
    const t = table('push_notifications');
    const id = event.data.notificationId;
    switch (event.type) {
      case 'NotificationRequested': {
        const inserted = await trx(t)
          .insert({
            notification_id: id,
            status: 'requested',
            category: event.data.category,
            sender: JSON.stringify(event.data.sender),
            audience: JSON.stringify(event.data.audience),
            requested_at: event.data.at,
            position: event.position,
          })
          .onConflict('notification_id')
          .ignore()
          .returning('notification_id');
        if (inserted.length > 0) await publish(PUSH_NOTIFICATIONS_TOPIC, [{ key: id, value: id }]);
        return;
      }
      case 'NotificationFannedOut': {
        const suppressed = await suppressedBefore(trx(t), id, event.position);
        if (!suppressed) return;
        for (const [reason, count] of Object.entries(event.data.suppressed))
          suppressed[reason] = (suppressed[reason] ?? 0) + count;
        await trx(t)
          .where({ notification_id: id })
          .update({
            status:
              event.data.after === null
                ? 'sent'
                : trx.raw(`case when status = 'cancelled' then status else 'sending' end`),
            pages: event.data.page + 1,
            devices: trx.raw('devices + ?', [event.data.devices]),
            suppressed: JSON.stringify(suppressed),
            position: event.position,
          });
        return;
      }
      case 'NotificationCancelled':
        // A sent notification is cancelled only while pushes are held (its held ones are not sent).
        await trx(t).where({ notification_id: id }).update({ status: 'cancelled', position: event.position });
        return;
      case 'NotificationHeldReleased': {
        const suppressed = await suppressedBefore(trx(t), id, event.position);
        if (!suppressed) return;
        const left = Math.max(0, (suppressed.deferred ?? 0) - event.data.devices);
        if (left > 0) suppressed.deferred = left;
        else delete suppressed.deferred;
        await trx(t)
          .where({ notification_id: id })
          .update({
            devices: trx.raw('devices + ?', [event.data.devices]),
            suppressed: JSON.stringify(suppressed),
            position: event.position,
          });
        return;
      }
    }
  },
});

/**
 * The notification row's suppressed counts, to update from an event at `position`; undefined when
 * there is no row or it is already at or past that event (a replay).
 */
async function suppressedBefore(
  rows: Knex.QueryBuilder,
  notificationId: string,
  position: number,
): Promise<Record<string, number> | undefined> {
  const row = await rows
    .where({ notification_id: notificationId })
    .first<{ suppressed: Record<string, number> | string; position: string } | undefined>(
      'suppressed',
      'position',
    );
  if (!row || Number(row.position) >= position) return undefined;
  return typeof row.suppressed === 'string'
    ? (JSON.parse(row.suppressed) as Record<string, number>)
    : row.suppressed;
}
