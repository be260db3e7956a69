import type { DeviceEvent } from '../../domain/device/index.js';
import { notifyFeedChanged } from '../feed/index.js';
import type { Projection } from '../runtime/index.js';

/** devices: one row per device; removed devices stay as tombstones for the feed. */
export const devicesProjection: Projection = {
  name: 'devices',
  version: 1,
  eventTypes: ['DeviceRegistered', 'DeviceUpdated', 'DeviceRemoved'],
  tables: ['devices'],
  async setup(trx, table) {
    await trx.raw(`create table if not exists ${table('devices')} (
      device_id uuid primary key, user_id uuid not null, platform text not null, push_token text,
      app_version text not null, locale text not null, timezone text not null,
      registered_at timestamptz not null, updated_at timestamptz not null, deleted_at timestamptz,
      version bigint not null, position bigint not null)`);
    await trx.raw(
      `create index if not exists ${table('devices')}_user on ${table('devices')} (user_id, position)`,
    );
  },
  async handle(recorded, { trx, table }) {
    const event = recorded as unknown as DeviceEvent;
    const t = table('devices');
    const stamp = { version: recorded.streamVersion, position: recorded.position };
    switch (event.type) {
      case 'DeviceRegistered': {
        const d = event.data;
        await trx(t)
          .insert({
            device_id: d.deviceId,
            user_id: d.userId,
            platform: d.platform,
            push_token: d.pushToken,
            app_version: d.appVersion,
            locale: d.locale,
            timezone: d.timezone,
            registered_at: d.registeredAt,
            updated_at: d.registeredAt,
            ...stamp,
          })
          .onConflict('device_id')
          .ignore();
        break;
      }
      case 'DeviceUpdated': {
        const { deviceId, userId: _userId, updatedAt, ...changes } = event.data;
        const columns: Record<string, unknown> = { updated_at: updatedAt, ...stamp };
        if (changes.platform !== undefined) columns.platform = changes.platform;
        if (changes.pushToken !== undefined) columns.push_token = changes.pushToken;
        if (changes.appVersion !== undefined) columns.app_version = changes.appVersion;
        if (changes.locale !== undefined) columns.locale = changes.locale;
        if (changes.timezone !== undefined) columns.timezone = changes.timezone;
        await trx(t)
          .where({ device_id: deviceId })
          .andWhere('position', '<', recorded.position)
          .update(columns);
        break;
      }
      case 'DeviceRemoved':
        await trx(t)
          .where({ device_id: event.data.deviceId })
          .andWhere('position', '<', recorded.position)
          .update({
            deleted_at: event.data.removedAt,
            updated_at: event.data.removedAt,
            push_token: null,
            ...stamp,
          });
        break;
      default:
        return;
    }
    await notifyFeedChanged(trx, event.data.userId, recorded.position);
  },
};
