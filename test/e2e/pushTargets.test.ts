import { randomBytes, randomUUID } from 'node:crypto';
import { testServiceAccount } from '../support/push/testKeys.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUp, type Api, type SignedUp } from '../support/api.js';
import { startLocalFcm, type LocalFcm } from '../support/push/localFcm.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

const device = (platform: 'ios' | 'android' | 'web', target: Record<string, unknown> = {}) => ({
  platform,
  appVersion: '1.0.0',
  locale: 'en-GB',
  timezone: 'Europe/London',
  ...target,
});
const b64 = (bytes: number, first?: number) => {
  const buffer = randomBytes(bytes);
  if (first !== undefined) buffer[0] = first;
  return buffer.toString('base64url');
};
const subscription = (overrides: Record<string, unknown> = {}) => ({
  endpoint: `https://push.example/sub/${randomUUID()}`,
  keys: { p256dh: b64(65, 4), auth: b64(16) },
  ...overrides,
});
const fcmToken = () => `fcm-${randomUUID()}`;

describe('push targets: shapes, bad input, a token held once, invalid tokens', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eventide-targets-'));
  let fcm: LocalFcm;
  let backend: TestBackend;
  let client: Api;
  let ann: SignedUp;
  const account = testServiceAccount();

  beforeAll(async () => {
    fcm = await startLocalFcm(account);
    const ca = join(dir, 'fcm-ca.pem');
    writeFileSync(ca, fcm.ca);
    // Android pushes go to the local FCM server; iOS and web ones are recorded.
    backend = await startTestBackend('embedded', {
      env: { FCM_SERVICE_ACCOUNT: JSON.stringify(account), FCM_TEST_ENDPOINT: fcm.url, FCM_TEST_CA_FILE: ca },
    });
    client = api(backend.url);
    ann = await signUp(client, 'Ann');
  }, 60_000);
  afterAll(async () => {
    await backend?.stop();
    await fcm?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const store = () => backend.process.infra.store;
  const eventsOf = async (deviceId: string) =>
    (await store().readStream(`device-${deviceId}`)).map((e) => ({ type: e.type, data: e.data }));
  const register = async (user: SignedUp, body: Record<string, unknown>) => {
    const response = await client.post<{ id: string; pushTarget: unknown; position: number }>(
      '/v1/devices',
      body,
      {
        token: user.accessToken,
      },
    );
    expect(response.status, response.raw.toString()).toBe(201);
    return response.body;
  };
  /** The "new sign-in" alerts FCM received for the device registered as `newDeviceId`. */
  const alertsAbout = (newDeviceId: string) =>
    fcm.delivered.filter((d) => d.message.data?.newDeviceId === newDeviceId).map((d) => d.message.token);

  it('when a device registers a target of its platform, it should be answered and recorded as a PushTargetRegistered', async () => {
    const apns = {
      type: 'apns',
      token: 'ab'.repeat(32),
      environment: 'sandbox',
      bundleId: 'com.example.app',
    };
    const ios = await register(ann, device('ios', { pushTarget: apns }));
    expect(ios.pushTarget).toEqual(apns);
    const web = subscription();
    const browser = await register(ann, device('web', { pushTarget: { type: 'webpush', ...web } }));
    expect(browser.pushTarget).toEqual({ type: 'webpush', ...web });
    // An old client's pushToken keeps working: the token of its platform (a subscription's JSON on web).
    const old = await register(ann, device('android', { pushToken: 'legacy-token' }));
    expect(old.pushTarget).toEqual({ type: 'fcm', token: 'legacy-token' });
    const oldWeb = await register(ann, device('web', { pushToken: JSON.stringify(subscription()) }));
    expect(oldWeb.pushTarget).toMatchObject({ type: 'webpush' });
    expect((await eventsOf(ios.id)).map((e) => e.type)).toEqual(['DeviceRegistered', 'PushTargetRegistered']);
  });

  it('when a target is malformed, it should be answered with a 4xx Problem and nothing appended', async () => {
    const ids = {
      android: (await register(ann, device('android'))).id,
      ios: (await register(ann, device('ios'))).id,
      web: (await register(ann, device('web'))).id,
    };
    const apns = {
      type: 'apns',
      token: 'ab'.repeat(32),
      environment: 'sandbox',
      bundleId: 'com.example.app',
    };
    const bad: [string, Record<string, unknown>][] = [
      ['wrong type', device('android', { pushTarget: { type: 'fcm', token: 42 } })],
      ['unknown target type', device('android', { pushTarget: { type: 'sms', token: 'x' } })],
      ['target of another platform', device('android', { pushTarget: apns })],
      ['non-hex APNs token', device('ios', { pushTarget: { ...apns, token: 'zz'.repeat(32) } })],
      ['short APNs token', device('ios', { pushTarget: { ...apns, token: 'abcd' } })],
      ['APNs without environment', device('ios', { pushTarget: { ...apns, environment: undefined } })],
      ['unknown APNs environment', device('ios', { pushTarget: { ...apns, environment: 'staging' } })],
      ['bad bundle id', device('ios', { pushTarget: { ...apns, bundleId: 'no spaces allowed' } })],
      [
        'http endpoint',
        device('web', {
          pushTarget: { type: 'webpush', ...subscription({ endpoint: 'http://push.example/s' }) },
        }),
      ],
      [
        'not a URL',
        device('web', { pushTarget: { type: 'webpush', ...subscription({ endpoint: 'push' }) } }),
      ],
      [
        'p256dh of 64 bytes',
        device('web', {
          pushTarget: { type: 'webpush', ...subscription({ keys: { p256dh: b64(64), auth: b64(16) } }) },
        }),
      ],
      [
        'p256dh not a point',
        device('web', {
          pushTarget: { type: 'webpush', ...subscription({ keys: { p256dh: b64(65, 2), auth: b64(16) } }) },
        }),
      ],
      [
        'auth of 15 bytes',
        device('web', {
          pushTarget: { type: 'webpush', ...subscription({ keys: { p256dh: b64(65, 4), auth: b64(15) } }) },
        }),
      ],
      [
        'keys not base64url',
        device('web', {
          pushTarget: {
            type: 'webpush',
            ...subscription({ keys: { p256dh: `${b64(64)}+/`, auth: b64(16) } }),
          },
        }),
      ],
      ['unknown field', device('android', { pushTarget: { type: 'fcm', token: 'abc', extra: 1 } })],
      ['oversize token', device('android', { pushTarget: { type: 'fcm', token: 'a'.repeat(5000) } })],
      ['NUL in a token', device('android', { pushTarget: { type: 'fcm', token: 'ab\u0000c' } })],
      ['NUL in an old pushToken', device('android', { pushToken: 'ab\u0000c' })],
      [
        'both pushToken and pushTarget',
        device('android', { pushToken: 'a', pushTarget: { type: 'fcm', token: 'a' } }),
      ],
      ['an old web pushToken that is no subscription', device('web', { pushToken: 'not-json' })],
      [
        'an old web pushToken with an http endpoint',
        device('web', { pushToken: JSON.stringify(subscription({ endpoint: 'http://x.example/' })) }),
      ],
    ];
    for (const [what, body] of bad) {
      for (const send of [
        () => client.post('/v1/devices', body, { token: ann.accessToken }),
        () =>
          client.patch(
            `/v1/devices/${ids[body.platform as keyof typeof ids]}`,
            { pushTarget: body.pushTarget, pushToken: body.pushToken },
            {
              token: ann.accessToken,
            },
          ),
      ]) {
        const before = await store().headPosition();
        const response = await send();
        expect(response.status, what).toBeGreaterThanOrEqual(400);
        expect(response.status, what).toBeLessThan(500);
        expect(response.headers.get('content-type'), what).toContain('application/problem+json');
        expect(await store().headPosition(), what).toBe(before);
      }
    }
    for (const id of Object.values(ids))
      expect((await eventsOf(id)).map((e) => e.type)).toEqual(['DeviceRegistered']);
  });

  it("when another user's device registers a token, it should move there: the first device loses it and is no longer targeted", async () => {
    const bob = await signUp(client, 'Bob');
    const token = fcmToken();
    const annPhone = await register(ann, device('android', { pushTarget: { type: 'fcm', token } }));
    const bobPhone = await register(bob, device('android', { pushTarget: { type: 'fcm', token } }));
    expect(await eventsOf(annPhone.id)).toContainEqual({
      type: 'PushTargetMoved',
      data: expect.objectContaining({ deviceId: annPhone.id, toDeviceId: bobPhone.id }),
    });
    // A second registration of the same target by its holder moves nothing.
    await client.patch(
      `/v1/devices/${bobPhone.id}`,
      { pushTarget: { type: 'fcm', token } },
      { token: bob.accessToken },
    );
    expect((await eventsOf(bobPhone.id)).map((e) => e.type)).toEqual([
      'DeviceRegistered',
      'PushTargetRegistered',
    ]);
    // Ann signs in on a new device, then Bob does: only Bob's phone hears of it, at that token.
    const annTablet = await register(ann, device('ios'));
    const bobTablet = await register(bob, device('ios'));
    await expect.poll(() => alertsAbout(bobTablet.id), { timeout: 15_000 }).toEqual([token]);
    // Ann's other android device (an old client's token, registered above) is alerted; her phone is not.
    await expect.poll(() => alertsAbout(annTablet.id), { timeout: 15_000 }).toContain('legacy-token');
    expect(alertsAbout(annTablet.id)).not.toContain(token);
  });

  it('when the same user registers the token on another of their devices, the first should lose it too', async () => {
    const token = fcmToken();
    const first = await register(ann, device('android', { pushTarget: { type: 'fcm', token } }));
    const second = await register(ann, device('android', { pushToken: token }));
    expect((await eventsOf(first.id)).map((e) => e.type)).toEqual([
      'DeviceRegistered',
      'PushTargetRegistered',
      'PushTargetMoved',
    ]);
    expect((await eventsOf(second.id)).map((e) => e.type)).toEqual([
      'DeviceRegistered',
      'PushTargetRegistered',
    ]);
  });

  it('when the provider says a token is invalid, the device should record it, and nothing be sent to it again', async () => {
    const cy = await signUp(client, 'Cy');
    const dead = fcmToken();
    const alive = fcmToken();
    fcm.refuseToken(dead, { errorCode: 'UNREGISTERED' });
    const old = await register(cy, device('android', { pushTarget: { type: 'fcm', token: dead } }));
    const phone = await register(cy, device('android', { pushTarget: { type: 'fcm', token: alive } }));
    // The phone's registration alerted the old device: FCM refused it.
    await expect
      .poll(async () => (await eventsOf(old.id)).map((e) => e.type), { timeout: 15_000 })
      .toContain('PushTargetInvalidated');
    expect((await eventsOf(old.id)).find((e) => e.type === 'PushTargetInvalidated')?.data).toMatchObject({
      deviceId: old.id,
      reason: expect.any(String),
    });
    const deliveriesTo = (deviceId: string) =>
      backend.process.infra.db.knex('push_deliveries').where({ device_id: deviceId }).select('status');
    expect(await deliveriesTo(old.id)).toEqual([{ status: 'invalid_token' }]);
    // A later sign-in alerts the phone, not the refused token.
    const laptop = await register(cy, device('web'));
    await expect.poll(() => alertsAbout(laptop.id), { timeout: 15_000 }).toEqual([alive]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await deliveriesTo(old.id)).toEqual([{ status: 'invalid_token' }]);
    expect(phone.id).not.toBe(old.id);
  });
});
