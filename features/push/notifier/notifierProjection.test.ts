import { describe, expect, it } from 'vitest';
import type { DeviceEvent, PushTargetRegistered } from '../../../domain/device/index.js';
import type { NotificationPreferencesSet } from '../../../domain/notification/index.js';
import type { PushNotification } from '../../../infra/push/index.js';
import { at, deviceRegistered, userErased, uuid } from '../../../test/support/eventFixtures.js';
import { projectionSpec } from '../../../test/support/projectionSpec.js';
import { notifierProjection } from './notifierProjection.js';
import { PUSH_REQUESTS_TOPIC } from './topics.js';

const ann = uuid(1);
const phone = uuid(11);
const tablet = uuid(12);
const laptop = uuid(13);
const signedInOn = (deviceId: string) =>
  deviceRegistered(deviceId, ann, { platform: 'android', signInMethod: 'email_code' });
const removed = (deviceId: string): DeviceEvent => ({
  type: 'DeviceRemoved',
  data: { deviceId, userId: ann, removedAt: at(30) },
});

describe('notifier projection', () => {
  const spec = projectionSpec(notifierProjection);

  it('when a user signs in on a new device, it should request a "new sign-in" push to each of their other active devices', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(deviceRegistered(phone, ann), deviceRegistered(tablet, ann), signedInOn(laptop))
      .inspect(async ({ published, rows }) => {
        const requests = (published[PUSH_REQUESTS_TOPIC] ?? []).map((m) => ({
          key: m.key,
          ...(JSON.parse(String(m.value)) as PushNotification),
        }));
        // The tablet's registration asks the phone; the laptop's asks the phone and the tablet.
        expect(requests.map((r) => [r.deviceId, r.data.newDeviceId])).toEqual([
          [phone, tablet],
          [phone, laptop],
          [tablet, laptop],
        ]);
        expect(requests[1]).toMatchObject({
          key: phone,
          id: `${uuid(3)}:${phone}`,
          userId: ann,
          platform: 'ios',
          pushToken: 'token-0011',
          kind: 'new_sign_in',
          title: 'New sign-in',
          body: 'Your account was signed in on a new android device (emailed code).',
          data: { newDeviceId: laptop, platform: 'android', eventId: uuid(3), method: 'email_code' },
        });
        expect(await rows('notifier_devices')).toMatchObject([
          { device_id: phone, active: true },
          { device_id: tablet, active: true },
          { device_id: laptop, active: true, platform: 'android' },
        ]);
      });
  });

  it('when the other devices were removed or have no push token, it should request nothing', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(
        deviceRegistered(phone, ann),
        removed(phone),
        deviceRegistered(tablet, ann, { pushToken: null }),
        signedInOn(laptop),
      )
      .thenPublished(PUSH_REQUESTS_TOPIC, []);
  });

  it('when a device changes its push token, the next request should go to the new token', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(
        deviceRegistered(phone, ann),
        {
          type: 'DeviceUpdated',
          data: { deviceId: phone, userId: ann, updatedAt: at(5), pushToken: 'fresh' },
        },
        signedInOn(laptop),
      )
      .thenPublished(PUSH_REQUESTS_TOPIC, [
        { key: phone, value: expect.stringContaining('"pushToken":"fresh"') },
      ]);
  });

  it('when a registration is delivered again, it should not request the pushes twice', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const laptopIn = signedInOn(laptop);
    await spec
      .given(deviceRegistered(phone, ann), laptopIn, laptopIn)
      .thenPublished(PUSH_REQUESTS_TOPIC, [{ key: phone }]);
  });

  it('when a user is erased, it should forget their devices', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(deviceRegistered(phone, ann), deviceRegistered(tablet, uuid(2)), userErased(ann))
      .thenRows('notifier_devices', [{ device_id: tablet }]);
  });

  const targetOn = (deviceId: string, target: PushTargetRegistered['data']['target']): DeviceEvent => ({
    type: 'PushTargetRegistered',
    data: { deviceId, userId: ann, target, at: at(6) },
  });
  const requestsOf = (published: Record<string, { value: unknown }[]>) =>
    (published[PUSH_REQUESTS_TOPIC] ?? []).map((m) => JSON.parse(String(m.value)) as PushNotification);

  it('when an iOS device registers a target with its environment and bundle, the request should carry them to the sender', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const token = 'ab'.repeat(32);
    await spec
      .given(
        deviceRegistered(phone, ann),
        targetOn(phone, { type: 'apns', token, environment: 'sandbox', bundleId: 'app.ann' }),
        signedInOn(laptop),
      )
      .inspect(async ({ published, rows }) => {
        expect(requestsOf(published)).toMatchObject([
          { deviceId: phone, pushToken: token, apns: { environment: 'sandbox', bundleId: 'app.ann' } },
        ]);
        expect(await rows('notifier_devices')).toMatchObject([
          { device_id: phone, push_token: token, apns_environment: 'sandbox', apns_bundle_id: 'app.ann' },
          { device_id: laptop },
        ]);
      });
  });

  it('when a web device registers a subscription, the request should carry it as its JSON', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const keys = { p256dh: 'B'.repeat(87), auth: 'A'.repeat(22) };
    await spec
      .given(
        deviceRegistered(phone, ann, { platform: 'web', pushToken: null }),
        targetOn(phone, { type: 'webpush', endpoint: 'https://push.example/s/1', keys }),
        signedInOn(laptop),
      )
      .inspect(async ({ published }) => {
        const [request] = requestsOf(published);
        expect(JSON.parse(request!.pushToken)).toEqual({ endpoint: 'https://push.example/s/1', keys });
        expect(request!.apns).toBeUndefined();
      });
  });

  it('when a target was moved to another device or refused by its provider, it should not be targeted again until a new one is registered', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const moved: DeviceEvent = {
      type: 'PushTargetMoved',
      data: { deviceId: phone, userId: ann, toDeviceId: uuid(99), at: at(7) },
    };
    const refused: DeviceEvent = {
      type: 'PushTargetInvalidated',
      data: { deviceId: tablet, userId: ann, reason: 'Unregistered', at: at(8) },
    };
    await spec
      .given(deviceRegistered(phone, ann), moved, deviceRegistered(tablet, ann), refused, signedInOn(laptop))
      .thenPublished(PUSH_REQUESTS_TOPIC, []);
    await spec
      .given(
        deviceRegistered(phone, ann),
        deviceRegistered(tablet, ann),
        refused,
        targetOn(tablet, { type: 'apns', token: 'cd'.repeat(32) }),
        signedInOn(laptop),
      )
      .inspect(async ({ published }) => {
        // The phone kept its target; the tablet registered a new one after the refusal.
        expect(requestsOf(published).map((r) => [r.deviceId, r.data.newDeviceId])).toEqual([
          [phone, tablet],
          [phone, laptop],
          [tablet, laptop],
        ]);
      });
  });

  it('when the user muted everything they can and is in quiet hours, the new sign-in alert (security) should still be requested', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const off = {
      push: false,
      inbox: false,
      quietHours: 'drop' as const,
      cap: { max: 1, periodMinutes: 60 },
    };
    const quiet: NotificationPreferencesSet = {
      type: 'NotificationPreferencesSet',
      data: {
        userId: ann,
        // Quiet all day long, in any zone (stored as such even though the API refuses it for security).
        preferences: {
          timezone: 'Pacific/Kiritimati',
          quietHours: { start: '00:00', end: '23:59' },
          categories: { social: off, marketing: off, security: off },
        },
        at: at(2),
      },
    };
    await spec
      .given(deviceRegistered(phone, ann), quiet, signedInOn(laptop))
      .inspect(async ({ published, rows }) => {
        expect(requestsOf(published).map((r) => [r.deviceId, r.kind])).toEqual([[phone, 'new_sign_in']]);
        expect(await rows('notifier_preferences')).toMatchObject([{ user_id: ann }]);
      });
  });

  it('when a user is erased, it should forget their preferences too', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const set = (userId: string): NotificationPreferencesSet => ({
      type: 'NotificationPreferencesSet',
      data: { userId, preferences: { timezone: 'UTC', quietHours: null, categories: {} }, at: at(2) },
    });
    await spec
      .given(set(ann), set(uuid(2)), userErased(ann))
      .thenRows('notifier_preferences', [{ user_id: uuid(2) }]);
  });

  it('v4: keeps each device locale, time zone and app version, and follows their updates', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const updated: DeviceEvent = {
      type: 'DeviceUpdated',
      data: { deviceId: phone, userId: ann, locale: 'pt-BR', appVersion: '2.0', updatedAt: at(20) },
    };
    await spec
      .given(
        deviceRegistered(phone, ann, { locale: 'fr-FR', timezone: 'Europe/Paris', appVersion: '1.5' }),
        updated,
      )
      .thenRows('notifier_devices', [
        {
          device_id: phone,
          locale: 'pt-BR',
          timezone: 'Europe/Paris',
          app_version: '2.0',
          push_token: 'token-0011',
        },
      ]);
  });
});
