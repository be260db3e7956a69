import type { DeviceRegistered, DeviceRemoved, DeviceUpdated } from '../../../domain/device/index.js';
import type { SignInMethod, UserErased } from '../../../domain/user/index.js';
import type { PushNotification } from '../../../infra/push/index.js';
import { currentTraceparent } from '../../../platform/observability/index.js';
import { defineProjection } from '../../../projectors/runtime/index.js';
import { PUSH_REQUESTS_TOPIC } from './topics.js';

const methodNames: Record<SignInMethod, string> = {
  password: 'password',
  email_code: 'emailed code',
  magic_link: 'magic link',
  recovery_code: 'recovery code',
  apple: 'Sign in with Apple',
  google: 'Google',
  facebook: 'Facebook',
  device_key: 'device key',
  passkey: 'passkey',
};

/**
 * notifier: keeps its own list of each user's active devices and, when a user signs in on a
 * new device (DeviceRegistered), requests a "new sign-in" push to every other device of theirs.
 * Partitioned by user, so one partition sees all of a user's devices.
 */
export const notifierProjection = defineProjection<
  DeviceRegistered | DeviceUpdated | DeviceRemoved | UserErased
>({
  name: 'notifier',
  version: 1,
  handles: ['DeviceRegistered', 'DeviceUpdated', 'DeviceRemoved', 'UserErased'],
  tables: ['notifier_devices'],
  partitionKey: (event) => String(event.data.userId),
  async setup(trx, table) {
    await trx.raw(`create table if not exists ${table('notifier_devices')} (
      device_id uuid primary key, user_id uuid not null, platform text not null, push_token text,
      active boolean not null, position bigint not null)`);
  },
  async apply(event, { trx, table, publish }) {
    const t = table('notifier_devices');
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
          active: true,
          position: event.position,
        };
        // New, or a revoked install registered again; a replayed event changes nothing (position).
        const inserted = await trx(t)
          .insert({ device_id: d.deviceId, ...row })
          .onConflict('device_id')
          .merge(row)
          .where(`${t}.position`, '<', event.position)
          .returning('device_id');
        if (inserted.length === 0) return;
        const others = await trx(t)
          .where({ user_id: d.userId, active: true })
          .whereNot({ device_id: d.deviceId })
          .whereNotNull('push_token')
          .select<{ device_id: string; platform: PushNotification['platform']; push_token: string }[]>(
            'device_id',
            'platform',
            'push_token',
          );
        const requests: PushNotification[] = others.map((o) => ({
          id: `${event.id}:${o.device_id}`,
          deviceId: o.device_id,
          userId: d.userId,
          platform: o.platform,
          pushToken: o.push_token,
          kind: 'new_sign_in',
          title: 'New sign-in',
          body: `Your account was signed in on a new ${d.platform} device${d.signInMethod ? ` (${methodNames[d.signInMethod]})` : ''}.`,
          data: {
            newDeviceId: d.deviceId,
            platform: d.platform,
            eventId: event.id,
            ...(d.signInMethod ? { method: d.signInMethod } : {}),
          },
        }));
        const headers: Record<string, string> = {};
        const traceparent = currentTraceparent() ?? event.metadata.traceparent;
        if (traceparent) headers.traceparent = traceparent;
        await publish(
          PUSH_REQUESTS_TOPIC,
          requests.map((r) => ({
            key: r.deviceId,
            value: JSON.stringify(r),
            headers,
          })),
        );
        return;
      }
      case 'DeviceUpdated':
        if (event.data.pushToken !== undefined || event.data.platform !== undefined) {
          const changes: Record<string, unknown> = { position: event.position };
          if (event.data.pushToken !== undefined) changes.push_token = event.data.pushToken;
          if (event.data.platform !== undefined) changes.platform = event.data.platform;
          await trx(t).where({ device_id: event.data.deviceId }).update(changes);
        }
        return;
      case 'DeviceRemoved':
        await trx(t)
          .where({ device_id: event.data.deviceId })
          .update({ active: false, position: event.position });
        return;
    }
  },
});
