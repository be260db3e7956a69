import { describe, it } from 'vitest';
import type { DeviceEvent } from '../../../domain/device/index.js';
import { at, deviceRegistered, userErased, uuid } from '../../../test/support/eventFixtures.js';
import { projectionSpec } from '../../../test/support/projectionSpec.js';
import { devicesProjection } from './devicesProjection.js';

const ann = uuid(1);
const bob = uuid(2);
const phone = uuid(11);
const tablet = uuid(12);
const session = uuid(21);
const onDevice = (deviceId: string, event: DeviceEvent) => ({ ...event, streamName: `device-${deviceId}` });
const removed = onDevice(phone, {
  type: 'DeviceRemoved',
  data: { deviceId: phone, userId: ann, removedAt: at(30), endedSessionId: session },
});

describe('devices projection', () => {
  const spec = projectionSpec(devicesProjection);

  it('when a device is registered, it should add its row and announce it to its user', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const given = spec.given(
      onDevice(phone, deviceRegistered(phone, ann, { sessionId: session, signInMethod: 'password' })),
    );
    await given.thenRows('devices', [
      {
        device_id: phone,
        user_id: ann,
        platform: 'ios',
        push_token: 'token-0011',
        model: 'iPhone',
        os_version: '17.0',
        session_id: session,
        sign_in_method: 'password',
        has_key: false,
        registered_at: new Date(at(1)),
        deleted_at: null,
        version: 0,
        position: 1,
      },
    ]);
    await given.thenAnnounced({ [ann]: 1 });
  });

  it('when a device is updated, signs in again or registers a key, it should change only those columns', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const newSession = uuid(22);
    await spec
      .given(
        onDevice(phone, deviceRegistered(phone, ann, { sessionId: session })),
        onDevice(phone, {
          type: 'DeviceUpdated',
          data: { deviceId: phone, userId: ann, updatedAt: at(10), locale: 'fr', name: 'Ann’s phone' },
        }),
        onDevice(phone, {
          type: 'DeviceSignedIn',
          data: {
            deviceId: phone,
            userId: ann,
            sessionId: newSession,
            replacedSessionId: session,
            signInMethod: 'passkey',
            at: at(20),
          },
        }),
        onDevice(phone, {
          type: 'DeviceKeyRegistered',
          data: { deviceId: phone, userId: ann, publicKey: { x: 'x', y: 'y' }, at: at(25) },
        }),
      )
      .thenRows('devices', [
        {
          locale: 'fr',
          name: 'Ann’s phone',
          app_version: '1.0',
          session_id: newSession,
          sign_in_method: 'passkey',
          has_key: true,
          updated_at: new Date(at(25)),
          version: 3,
          position: 4,
        },
      ]);
  });

  it('when a device is removed, it should stay as a tombstone without push token or session; signing in again revives it', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const registered = onDevice(phone, deviceRegistered(phone, ann, { sessionId: session }));
    await spec
      .given(registered, removed)
      .thenRows('devices', [
        { device_id: phone, deleted_at: new Date(at(30)), push_token: null, session_id: null, position: 2 },
      ]);
    const again = onDevice(phone, deviceRegistered(phone, ann, { registeredAt: at(40) }));
    await spec.given(registered, removed, again).thenRows('devices', [
      {
        device_id: phone,
        deleted_at: null,
        push_token: 'token-0011',
        registered_at: new Date(at(40)),
        position: 3,
      },
    ]);
  });

  it('when an older event is delivered again, it should change nothing', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const registered = onDevice(phone, deviceRegistered(phone, ann));
    await spec
      .given(registered, removed, registered)
      .thenRows('devices', [{ device_id: phone, deleted_at: new Date(at(30)), position: 2 }]);
  });

  it('when a user is erased, it should delete their devices and keep the others', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(onDevice(phone, deviceRegistered(phone, ann)), onDevice(tablet, deviceRegistered(tablet, bob)), {
        ...userErased(ann),
        streamName: `user-${ann}`,
      })
      .thenRows('devices', [{ device_id: tablet, user_id: bob }]);
  });
});
