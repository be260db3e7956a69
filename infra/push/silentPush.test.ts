import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Provider as ApnProvider } from '@parse/node-apn';
import webPush from 'web-push';
import { startLocalApns, type LocalApns } from '../../test/support/push/localApns.js';
import { startLocalFcm, type LocalFcm } from '../../test/support/push/localFcm.js';
import { startLocalWebPush, type LocalWebPush } from '../../test/support/push/localWebPush.js';
import { testServiceAccount } from '../../test/support/push/testKeys.js';
import { ApnsPushProvider } from './ApnsPushProvider.js';
import { FCM_ID_KEY, FCM_KIND_KEY, FcmPushProvider } from './FcmPushProvider.js';
import { payloadProblems } from './payloadProblems.js';
import { aNotification } from './pushProviderContract.js';
import type { PushNotification } from './PushProvider.js';
import { WebPushProvider } from './WebPushProvider.js';

/** A silent notification that also names everything a visible one shows: none of it may go out. */
const silentOf = (platform: PushNotification['platform'], pushToken: string): PushNotification => ({
  ...aNotification({ platform, pushToken }),
  kind: 'sync',
  title: 'Must not show',
  body: 'Must not show either',
  data: { kind: 'sync', position: '1234' },
  sound: 'chime',
  badge: 3,
  imageUrl: 'https://cdn.example.com/a.png',
  category: 'ORDER_UPDATE',
  silent: true,
});

describe('a silent notification on APNs (local HTTP/2 server)', () => {
  let server: LocalApns;
  let provider: ApnsPushProvider;
  const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const identity = { keyId: 'KEY1234567', teamId: 'TEAM123456', bundleId: 'com.example.eventide' };
  beforeAll(async () => {
    server = await startLocalApns({ publicKey: keys.publicKey, ...identity });
    provider = await ApnsPushProvider.open({
      key: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
      ...identity,
      production: false,
      server: { address: server.address, port: server.port, ca: server.ca },
    });
  });
  afterAll(async () => {
    await provider.close();
    await server.close();
  });

  it('should go as a background push at priority 5 with content-available and nothing to show, even when asked for high priority', async () => {
    const n = { ...silentOf('ios', randomBytes(32).toString('hex')), priority: 'high' as const };
    expect(await provider.send(n)).toMatchObject({ status: 'sent' });
    const delivery = server.delivered.find((d) => d.payload.id === n.id)!;
    expect(delivery.headers['apns-push-type']).toBe('background');
    expect(delivery.priority).toBe(5);
    expect(delivery.payload).toEqual({
      aps: { 'content-available': 1 },
      id: n.id,
      kind: 'sync',
      data: { kind: 'sync', position: '1234' },
    });
  });

  it('the local server should refuse a background push at priority 10 or with an alert, and an alert push without one (its checks can fail)', async () => {
    const raw = await ApnsPushProvider.open({
      key: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
      ...identity,
      production: false,
      server: { address: server.address, port: server.port, ca: server.ca },
    });
    try {
      const library = (await import('@parse/node-apn')).default;
      const client = (raw as unknown as { client: ApnProvider }).client;
      const attempt = async (pushType: 'background' | 'alert', priority: number, aps: object) => {
        const note = new library.Notification();
        note.topic = identity.bundleId;
        note.pushType = pushType;
        note.priority = priority;
        note.rawPayload = { aps, id: randomUUID(), kind: 'sync', data: {} };
        const { failed } = await client.send(note, randomBytes(32).toString('hex'));
        return failed[0]?.response?.reason ?? 'sent';
      };
      expect(await attempt('background', 10, { 'content-available': 1 })).toBe('BadPriority');
      expect(await attempt('background', 5, { 'content-available': 1, alert: { title: 't' } })).toBe(
        'BadPayload',
      );
      expect(await attempt('background', 5, {})).toBe('BadPayload');
      expect(await attempt('alert', 10, { 'content-available': 1 })).toBe('BadPayload');
      expect(await attempt('background', 5, { 'content-available': 1 })).toBe('sent');
    } finally {
      await raw.close();
    }
  });
});

describe('a silent notification on FCM (local FCM v1 server)', () => {
  let server: LocalFcm;
  let provider: FcmPushProvider;
  beforeAll(async () => {
    const account = testServiceAccount();
    server = await startLocalFcm(account);
    provider = await FcmPushProvider.open({
      serviceAccount: account,
      endpoint: { url: server.url, ca: server.ca },
    });
  });
  afterAll(async () => {
    await provider.close();
    await server.close();
  });
  const sent = (token: string) => server.delivered.find((d) => d.message.token === token)!.message;

  it('should go as a data-only message: no notification block, Android priority normal, a background push for an iOS token', async () => {
    const n = silentOf('android', `fcm-${randomUUID()}`);
    expect(await provider.send(n)).toMatchObject({ status: 'sent' });
    const m = sent(n.pushToken);
    expect(m.notification).toBeUndefined();
    expect(m.data).toEqual({ kind: 'sync', position: '1234', [FCM_ID_KEY]: n.id, [FCM_KIND_KEY]: 'sync' });
    expect(m.android).toEqual({ priority: 'normal' });
    expect(m.apns?.headers).toMatchObject({ 'apns-push-type': 'background', 'apns-priority': '5' });
    expect(m.apns?.payload).toEqual({ aps: { 'content-available': 1 } });
    expect(m.webpush).toEqual({ headers: { Urgency: 'normal' } });
  });

  it('should keep Android priority high, the time to live and the collapse key when the notification asks', async () => {
    const n = { ...silentOf('android', `fcm-${randomUUID()}`), priority: 'high' as const, ttlSeconds: 60 };
    expect(await provider.send({ ...n, collapseKey: 'sync' })).toMatchObject({ status: 'sent' });
    const m = sent(n.pushToken);
    expect(m.android).toEqual({ priority: 'high', ttl: '60s', collapse_key: 'sync' });
    expect(m.apns?.headers).toMatchObject({ 'apns-priority': '5', 'apns-collapse-id': 'sync' });
  });

  it('the local server should refuse a background push for iOS at priority 10 or with an alert (its checks can fail)', async () => {
    const bad = async (apns: object) => {
      const fcm = provider as unknown as {
        messaging: { send(m: object): Promise<string> };
      };
      try {
        await fcm.messaging.send({ token: `fcm-${randomUUID()}`, data: { a: 'b' }, apns });
        return 'sent';
      } catch (error) {
        return (error as { message: string }).message;
      }
    };
    expect(
      await bad({
        headers: { 'apns-push-type': 'background', 'apns-priority': '10' },
        payload: { aps: { contentAvailable: true } },
      }),
    ).toContain('apns-priority 5');
    expect(
      await bad({
        headers: { 'apns-push-type': 'background', 'apns-priority': '5' },
        payload: { aps: { contentAvailable: true, alert: 'hi' } },
      }),
    ).toContain('no alert');
  });
});

describe('a silent notification on Web Push (local push service)', () => {
  let server: LocalWebPush;
  let provider: WebPushProvider;
  beforeAll(async () => {
    server = await startLocalWebPush();
    provider = await WebPushProvider.open({
      vapid: { ...webPush.generateVAPIDKeys(), subject: 'mailto:push@eventide.example' },
      ca: server.ca,
      allowPrivateAddresses: true,
    });
  });
  afterAll(async () => {
    await provider.close();
    await server.close();
  });

  it('should carry {id, kind, silent: true, data} and nothing to show, at Urgency normal unless asked', async () => {
    const n = silentOf('web', server.subscribe());
    expect(await provider.send(n)).toMatchObject({ status: 'sent' });
    const delivery = server.delivered.find((d) => d.pushToken === n.pushToken)!;
    expect(JSON.parse(delivery.plaintext)).toEqual({
      id: n.id,
      kind: 'sync',
      silent: true,
      data: { kind: 'sync', position: '1234' },
    });
    expect(delivery.urgency).toBe('normal');
    const urgent = { ...silentOf('web', server.subscribe()), priority: 'high' as const };
    await provider.send(urgent);
    expect(server.delivered.find((d) => d.pushToken === urgent.pushToken)?.urgency).toBe('high');
  });
});

describe('payloadProblems of a silent notification', () => {
  it('should measure what is sent: a title too long to send visibly is no problem when silent', () => {
    const n = { ...silentOf('ios', ''), title: 'x'.repeat(5000) };
    for (const platform of ['ios', 'android', 'web'] as const) {
      expect(payloadProblems(n, platform), platform).toEqual([]);
      expect(payloadProblems({ ...n, silent: false }, platform)[0]?.field, platform).toBe('payload');
    }
  });
});
