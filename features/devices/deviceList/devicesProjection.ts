import { pushTokenOf, type DeviceEvent } from '../../../domain/device/index.js';
import type { UserErased } from '../../../domain/user/index.js';
import { defineProjection } from '../../../projectors/runtime/index.js';

/**
 * devices: one row per device; removed (revoked) devices stay as tombstones for the feed, and come
 * back to life if the install signs in again. v2 added os version, model, name, fingerprint, the
 * current session and the sign-in method, v3 whether a device key is registered (each rebuilt
 * beside the last, blue/green).
 */
export const devicesProjection = defineProjection<DeviceEvent | UserErased>({
  name: 'devices',
  version: 3,
  handles: [
    'DeviceRegistered',
    'DeviceUpdated',
    'DeviceRemoved',
    'DeviceSignedIn',
    'DeviceKeyRegistered',
    'PushTargetRegistered',
    'PushTargetMoved',
    'PushTargetInvalidated',
    'UserErased',
  ],
  tables: ['devices'],
  async setup(trx, table) {
    await trx.raw(`create table if not exists ${table('devices')} (
      device_id uuid primary key, user_id uuid not null, platform text not null, push_token text,
      app_version text not null, locale text not null, timezone text not null,
      os_version text, model text, name text, fingerprint text, session_id uuid, sign_in_method text, has_key boolean not null default false,
      registered_at timestamptz not null, updated_at timestamptz not null, deleted_at timestamptz,
      version bigint not null, position bigint not null)`);
    await trx.raw(
      `create index if not exists ${table('devices')}_user on ${table('devices')} (user_id, position)`,
    );
  },
  async apply(event, { trx, table, announceChange }) {
    const t = table('devices');
    const stamp = { version: event.streamVersion, position: event.position };
    /** Changes this device's row unless a later event already did (a replay changes nothing). */
    const updateDevice = (deviceId: string, columns: Record<string, unknown>) =>
      trx(t)
        .where({ device_id: deviceId })
        .andWhere('position', '<', event.position)
        .update({ ...columns, ...stamp });
    switch (event.type) {
      case 'UserErased':
        await trx(t).where({ user_id: event.data.userId }).delete();
        return;
      case 'DeviceRegistered': {
        const d = event.data;
        const row = {
          user_id: d.userId,
          platform: d.platform,
          push_token: d.pushToken,
          app_version: d.appVersion,
          locale: d.locale,
          timezone: d.timezone,
          os_version: d.osVersion ?? null,
          model: d.model ?? null,
          name: d.name ?? null,
          fingerprint: d.fingerprint ?? null,
          session_id: d.sessionId ?? null,
          sign_in_method: d.signInMethod ?? null,
          registered_at: d.registeredAt,
          updated_at: d.registeredAt,
          deleted_at: null,
          ...stamp,
        };
        // A revoked install that signs in again is registered again: the row comes back.
        await trx(t)
          .insert({ device_id: d.deviceId, ...row })
          .onConflict('device_id')
          .merge(row)
          .where(`${t}.position`, '<', event.position);
        break;
      }
      case 'DeviceUpdated': {
        const { deviceId, userId: _userId, updatedAt, ...changes } = event.data;
        const columns: Record<string, unknown> = { updated_at: updatedAt };
        const names = {
          platform: 'platform',
          pushToken: 'push_token',
          appVersion: 'app_version',
          locale: 'locale',
          timezone: 'timezone',
          osVersion: 'os_version',
          model: 'model',
          name: 'name',
        } as const;
        for (const [key, column] of Object.entries(names)) {
          const value = changes[key as keyof typeof names];
          if (value !== undefined) columns[column] = value;
        }
        await updateDevice(deviceId, columns);
        break;
      }
      case 'DeviceKeyRegistered':
        await updateDevice(event.data.deviceId, { has_key: true, updated_at: event.data.at });
        break;
      case 'DeviceSignedIn':
        await updateDevice(event.data.deviceId, {
          session_id: event.data.sessionId,
          sign_in_method: event.data.signInMethod,
          updated_at: event.data.at,
        });
        break;
      case 'PushTargetRegistered': {
        // `push_token` keeps the target as one string (the feed's `pushToken`).
        const target = event.data.target ?? null;
        await updateDevice(event.data.deviceId, {
          push_token: target ? pushTokenOf(target) : null,
          updated_at: event.data.at,
        });
        break;
      }
      case 'PushTargetMoved':
      case 'PushTargetInvalidated':
        await updateDevice(event.data.deviceId, { push_token: null, updated_at: event.data.at });
        break;
      case 'DeviceRemoved':
        await updateDevice(event.data.deviceId, {
          deleted_at: event.data.removedAt,
          updated_at: event.data.removedAt,
          push_token: null,
          session_id: null,
        });
        break;
      default:
        return;
    }
    announceChange(event.data.userId, event.position);
  },
});
