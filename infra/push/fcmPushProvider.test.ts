import { randomUUID } from 'node:crypto';
import { testServiceAccount } from '../../test/support/push/testKeys.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalFcm, type LocalFcm } from '../../test/support/push/localFcm.js';
import { collapseIdOf } from './collapseIdOf.js';
import { FCM_ID_KEY, FCM_KIND_KEY, FcmPushProvider, type FcmServiceAccount } from './FcmPushProvider.js';
import { aNotification, describePushProviderContract } from './pushProviderContract.js';

const serviceAccount = (): FcmServiceAccount => testServiceAccount();
const newToken = () => `fcm-${randomUUID()}`;

async function fcmPair(account = serviceAccount(), serverAccount = account) {
  const server = await startLocalFcm(serverAccount);
  const provider = await FcmPushProvider.open({
    serviceAccount: account,
    endpoint: { url: server.url, ca: server.ca },
  });
  return { server, provider, account };
}

describePushProviderContract('FCM v1 (local HTTPS server)', async () => {
  const { server, provider } = await fcmPair();
  const invalidToken = newToken();
  server.refuseToken(invalidToken, { errorCode: 'UNREGISTERED' });
  return {
    provider,
    platform: 'android',
    newToken,
    invalidToken,
    delivered: async () =>
      server.delivered.map(({ message: m }) => {
        const { [FCM_ID_KEY]: id, [FCM_KIND_KEY]: _kind, ...data } = m.data ?? {};
        return {
          id: id ?? '',
          pushToken: m.token,
          title: m.notification?.title ?? '',
          body: m.notification?.body ?? '',
          data,
          silent: m.notification === undefined && m.android?.notification === undefined,
        };
      }),
    dispose: async () => {
      await provider.close();
      await server.close();
    },
  };
});

describe('FcmPushProvider against a local FCM v1 server', () => {
  let server: LocalFcm;
  let provider: FcmPushProvider;
  let account: FcmServiceAccount;
  beforeAll(async () => {
    ({ server, provider, account } = await fcmPair());
  });
  afterAll(async () => {
    await provider.close();
    await server.close();
  });
  const android = () => aNotification({ platform: 'android', pushToken: newToken() });

  it('when a notification is sent, FCM should get the token, title, body, data with the key and kind, and the result carry its message name', async () => {
    const n = android();
    const result = await provider.send(n);
    const delivery = server.delivered.find((d) => d.message.token === n.pushToken);
    expect(delivery?.message).toMatchObject({
      notification: { title: n.title, body: n.body },
      data: { ...n.data, [FCM_ID_KEY]: n.id, [FCM_KIND_KEY]: n.kind },
    });
    expect(result).toEqual({ status: 'sent', providerId: delivery?.name });
  });

  it('when a notification carries every payload field, FCM should get each in its v1 section: notification.image, android, apns headers and aps, webpush headers and link', async () => {
    const n = {
      ...android(),
      deepLink: 'https://app.example.com/orders/42',
      imageUrl: 'https://cdn.example.com/a.png',
      category: 'ORDER_UPDATE',
      sound: 'chime',
      threadId: 'order-42',
      channelId: 'orders',
      collapseKey: 'order-42-status',
      ttlSeconds: 3600,
      priority: 'normal' as const,
      interruptionLevel: 'passive' as const,
      badge: 3,
    };
    const before = Math.floor(Date.now() / 1000);
    expect(await provider.send(n)).toMatchObject({ status: 'sent' });
    const m = server.delivered.find((d) => d.message.token === n.pushToken)!.message;
    expect(m.notification).toEqual({ title: n.title, body: n.body, image: n.imageUrl });
    expect(m.data).toMatchObject({ 'eventide.deepLink': n.deepLink });
    expect(m.android).toEqual({
      priority: 'normal',
      ttl: '3600s',
      collapse_key: 'order-42-status',
      notification: {
        tag: 'order-42-status',
        channel_id: 'orders',
        sound: 'chime',
        click_action: 'ORDER_UPDATE',
        image: n.imageUrl,
        notification_count: 3,
      },
    });
    expect(m.apns?.headers).toMatchObject({ 'apns-collapse-id': 'order-42-status', 'apns-priority': '5' });
    expect(Number(m.apns?.headers?.['apns-expiration'])).toBeGreaterThanOrEqual(before + 3600);
    expect(m.apns?.payload?.aps).toEqual({
      badge: 3,
      sound: 'chime',
      'thread-id': 'order-42',
      category: 'ORDER_UPDATE',
      'interruption-level': 'passive',
      'mutable-content': 1,
    });
    expect(m.apns?.fcmOptions).toEqual({ image: n.imageUrl });
    expect(m.webpush).toEqual({
      headers: { TTL: '3600', Urgency: 'normal' },
      notification: { image: n.imageUrl, tag: 'order-42' },
      fcmOptions: { link: n.deepLink },
    });
  });

  it('when one delivery key is sent by two senders (a repeat after a crash), FCM should get one notification tag and apns-collapse-id for both, a hash of the key', async () => {
    const n = android();
    const other = await FcmPushProvider.open({
      serviceAccount: account,
      endpoint: { url: server.url, ca: server.ca },
    });
    try {
      expect((await provider.send(n)).status).toBe('sent');
      expect((await other.send(n)).status).toBe('sent');
    } finally {
      await other.close();
    }
    const messages = server.delivered.filter((d) => d.message.token === n.pushToken).map((d) => d.message);
    expect(messages).toHaveLength(2);
    for (const message of messages) {
      expect(message.android?.notification?.tag).toBe(collapseIdOf(n.id));
      expect(message.apns?.headers?.['apns-collapse-id']).toBe(collapseIdOf(n.id));
      // Not a collapse key: FCM keeps four per offline device, so a fifth notification would be lost.
      expect(message.android?.collapse_key).toBeUndefined();
    }
  });

  it('when FCM answers UNREGISTERED (404), the token should be invalid', async () => {
    const n = android();
    server.refuseToken(n.pushToken, { errorCode: 'UNREGISTERED' });
    expect(await provider.send(n)).toEqual({ status: 'invalid_token' });
  });

  it('when FCM answers INVALID_ARGUMENT about the token, it should be invalid; about the message, the send should fail for good', async () => {
    const n = android();
    server.refuseToken(n.pushToken, { errorCode: 'INVALID_ARGUMENT' });
    expect(await provider.send(n)).toEqual({ status: 'invalid_token' });
    server.answerNext({ errorCode: 'INVALID_ARGUMENT', message: 'Message is too big' });
    expect(await provider.send(android())).toMatchObject({
      status: 'failed',
      retryable: false,
      reason: expect.stringContaining('Message is too big'),
    });
  });

  it('when FCM answers QUOTA_EXCEEDED (429) with Retry-After, the send should fail retryably carrying it, and a retry be sent', async () => {
    const n = android();
    server.answerNext({ errorCode: 'QUOTA_EXCEEDED', retryAfterSeconds: 37 });
    const before = server.requests;
    expect(await provider.send(n)).toMatchObject({ status: 'failed', retryable: true, retryAfterMs: 37_000 });
    expect(server.requests).toBe(before + 1);
    server.answerNext({ errorCode: 'QUOTA_EXCEEDED' });
    const without = await provider.send(n);
    expect(without).toMatchObject({ status: 'failed', retryable: true });
    expect(without).not.toHaveProperty('retryAfterMs');
    expect(await provider.send(n)).toMatchObject({ status: 'sent' });
  });

  it("when FCM answers UNAVAILABLE (503) with a Retry-After beyond firebase-admin's own retries, the send should fail retryably carrying it; a single 503 the library retries itself", async () => {
    // firebase-admin retries a 503 itself (backoff 0, 1, 2, 4 s, or Retry-After up to 60 s); a longer Retry-After comes back.
    server.answerNext({ errorCode: 'UNAVAILABLE', retryAfterSeconds: 120 });
    const before = server.requests;
    expect(await provider.send(android())).toMatchObject({
      status: 'failed',
      retryable: true,
      retryAfterMs: 120_000,
      reason: expect.stringContaining('server-unavailable'),
    });
    expect(server.requests).toBe(before + 1);
    server.answerNext({ errorCode: 'UNAVAILABLE' });
    expect(await provider.send(android())).toMatchObject({ status: 'sent' });
    expect(server.requests).toBe(before + 3);
  });

  it('when FCM answers INTERNAL (500), the send should fail retryably', async () => {
    server.answerNext({ errorCode: 'INTERNAL' });
    expect(await provider.send(android())).toMatchObject({ status: 'failed', retryable: true });
  });

  it('when the token belongs to another sender (SENDER_ID_MISMATCH), the send should fail for good', async () => {
    server.answerNext({ errorCode: 'SENDER_ID_MISMATCH' });
    expect(await provider.send(android())).toMatchObject({ status: 'failed', retryable: false });
  });

  it('when the access token is signed by a key FCM does not know, the send should be refused (the bearer is checked)', async () => {
    const { server: other, provider: stranger } = await fcmPair(serviceAccount(), serviceAccount());
    try {
      expect(await stranger.send(android())).toMatchObject({ status: 'failed', retryable: false });
      expect(other.delivered).toEqual([]);
    } finally {
      await stranger.close();
      await other.close();
    }
  });
});
