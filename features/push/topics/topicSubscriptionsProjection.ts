import type {
  DeviceRemoved,
  DeviceSubscribedToTopic,
  DeviceUnsubscribedFromTopic,
} from '../../../domain/device/index.js';
import type { UserErased } from '../../../domain/user/index.js';
import { defineProjection } from '../../../projectors/runtime/index.js';

/**
 * topic_subscriptions: one row per (device, topic) the device was ever subscribed to, `active` while
 * it is (a row left inactive keeps its position, so an event delivered again changes nothing). A
 * removed device leaves every topic; an erased user's rows are deleted. Indexed by (topic, device)
 * over the active rows for the audience.
 */
export const topicSubscriptionsProjection = defineProjection<
  DeviceSubscribedToTopic | DeviceUnsubscribedFromTopic | DeviceRemoved | UserErased
>({
  name: 'topic_subscriptions',
  version: 1,
  handles: ['DeviceSubscribedToTopic', 'DeviceUnsubscribedFromTopic', 'DeviceRemoved', 'UserErased'],
  tables: ['topic_subscriptions'],
  async setup(trx, table) {
    const t = table('topic_subscriptions');
    await trx.raw(`create table if not exists ${t} (
      device_id uuid not null, topic text not null, user_id uuid not null,
      active boolean not null, subscribed_at timestamptz not null, position bigint not null,
      primary key (device_id, topic))`);
    await trx.raw(`create index if not exists ${t}_topic on ${t} (topic, device_id) where active`);
  },
  async apply(event, { trx, table }) {
    const t = table('topic_subscriptions');
    switch (event.type) {
      case 'UserErased':
        await trx(t).where({ user_id: event.data.userId }).delete();
        return;
      case 'DeviceRemoved':
        await trx(t)
          .where({ device_id: event.data.deviceId })
          .andWhere('position', '<', event.position)
          .update({ active: false, position: event.position });
        return;
      case 'DeviceUnsubscribedFromTopic':
        await trx(t)
          .where({ device_id: event.data.deviceId, topic: event.data.topic })
          .andWhere('position', '<', event.position)
          .update({ active: false, position: event.position });
        return;
      case 'DeviceSubscribedToTopic': {
        const d = event.data;
        const row = { user_id: d.userId, active: true, subscribed_at: d.at, position: event.position };
        // A replayed event changes nothing (position).
        await trx(t)
          .insert({ device_id: d.deviceId, topic: d.topic, ...row })
          .onConflict(['device_id', 'topic'])
          .merge(row)
          .where(`${t}.position`, '<', event.position);
        return;
      }
    }
  },
});
