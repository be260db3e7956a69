import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webPush from 'web-push';
import { startLocalWebPush, type LocalWebPush } from '../../test/support/push/localWebPush.js';
import { aNotification, describePushProviderContract } from './pushProviderContract.js';
import { collapseIdOf } from './collapseIdOf.js';
import { WebPushProvider } from './WebPushProvider.js';

const vapid = () => ({ ...webPush.generateVAPIDKeys(), subject: 'mailto:push@eventide.example' });

async function webPushPair() {
  const server = await startLocalWebPush();
  const keys = vapid();
  const provider = await WebPushProvider.open({ vapid: keys, ca: server.ca, allowPrivateAddresses: true });
  return { server, provider, keys };
}

describePushProviderContract('Web Push (local push service)', async () => {
  const { server, provider } = await webPushPair();
  const invalidToken = server.subscribe();
  server.refuse(invalidToken, 410);
  return {
    provider,
    platform: 'web',
    newToken: () => server.subscribe(),
    invalidToken,
    delivered: async () =>
      server.delivered.map((d) => {
        const p = JSON.parse(d.plaintext) as {
          id: string;
          title?: string;
          body?: string;
          data: Record<string, string>;
          silent?: boolean;
        };
        return {
          id: p.id,
          pushToken: d.pushToken,
          title: p.title ?? '',
          body: p.body ?? '',
          data: p.data,
          silent: p.silent === true && p.title === undefined && p.body === undefined,
        };
      }),
    dispose: async () => {
      await provider.close();
      await server.close();
    },
  };
});

describe('WebPushProvider against a local push service', () => {
  let server: LocalWebPush;
  let provider: WebPushProvider;
  let keys: ReturnType<typeof vapid>;
  beforeAll(async () => {
    ({ server, provider, keys } = await webPushPair());
  });
  afterAll(async () => {
    await provider.close();
    await server.close();
  });
  const web = () => aNotification({ platform: 'web', pushToken: server.subscribe() });

  it('when a notification is sent, the push service should verify the VAPID JWT, decrypt the payload and answer with its Location as the provider id', async () => {
    const n = web();
    const result = await provider.send(n);
    const delivery = server.delivered.find((d) => d.pushToken === n.pushToken);
    expect(JSON.parse(delivery?.plaintext ?? '{}')).toEqual({
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      data: n.data,
    });
    expect(delivery?.vapid).toMatchObject({ aud: server.origin, sub: 'mailto:push@eventide.example' });
    expect(delivery?.headers).toMatchObject({ 'content-encoding': 'aes128gcm', urgency: 'high' });
    expect(result).toEqual({
      status: 'sent',
      providerId: expect.stringMatching(new RegExp(`^${server.origin}/message/\\d+$`)),
    });
  });

  it('when a notification carries every payload field, the push service should get TTL, Urgency and Topic headers and the rest in the decrypted JSON', async () => {
    const n = {
      ...web(),
      deepLink: 'https://app.example.com/orders/42',
      imageUrl: 'https://cdn.example.com/a.png',
      category: 'ORDER_UPDATE',
      sound: 'chime',
      threadId: 'order-42',
      collapseKey: 'order-42-status',
      ttlSeconds: 600,
      priority: 'normal' as const,
      badge: 2,
    };
    expect(await provider.send(n)).toMatchObject({ status: 'sent' });
    const delivery = server.delivered.find((d) => d.pushToken === n.pushToken)!;
    expect([delivery.ttl, delivery.urgency, delivery.topic]).toEqual([600, 'normal', 'order-42-status']);
    expect(JSON.parse(delivery.plaintext)).toEqual({
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      data: n.data,
      deepLink: n.deepLink,
      image: n.imageUrl,
      category: 'ORDER_UPDATE',
      sound: 'chime',
      tag: 'order-42',
      badge: 2,
    });
  });

  it('when one delivery key is sent by two senders (a repeat after a crash), the push service should get one Topic for both: a hash of the key, 32 base64url characters', async () => {
    const n = web();
    const other = await WebPushProvider.open({ vapid: keys, ca: server.ca, allowPrivateAddresses: true });
    try {
      expect((await provider.send(n)).status).toBe('sent');
      expect((await other.send(n)).status).toBe('sent');
    } finally {
      await other.close();
    }
    const topics = server.delivered.filter((d) => d.pushToken === n.pushToken).map((d) => d.topic);
    expect(topics).toEqual([collapseIdOf(n.id), collapseIdOf(n.id)]);
    expect(topics[0]).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('when the push service answers 404 or 410, the subscription should be invalid', async () => {
    for (const status of [404, 410]) {
      const n = web();
      server.refuse(n.pushToken, status);
      expect(await provider.send(n), String(status)).toEqual({ status: 'invalid_token' });
    }
  });

  it('when the pushToken is not a subscription (no JSON, no keys, an http endpoint), it should be invalid and nothing sent', async () => {
    const before = server.requests;
    const good = JSON.parse(server.subscribe()) as { endpoint: string; keys: object };
    for (const token of [
      'laptop-token',
      JSON.stringify({ endpoint: good.endpoint }),
      JSON.stringify({ ...good, endpoint: good.endpoint.replace('https:', 'http:') }),
      JSON.stringify({ ...good, keys: { p256dh: 'short', auth: 'short' } }),
    ])
      expect(await provider.send(aNotification({ platform: 'web', pushToken: token })), token).toEqual({
        status: 'invalid_token',
      });
    expect(server.requests).toBe(before);
  });

  it('when the push service answers 413, the send should fail for good', async () => {
    server.answerNext({ status: 413 });
    expect(await provider.send(web())).toMatchObject({
      status: 'failed',
      retryable: false,
      reason: expect.stringContaining('413'),
    });
  });

  it('when the push service answers 429 with Retry-After, or 503, the send should fail retryably (carrying it), and a retry be sent', async () => {
    const n = web();
    server.answerNext({ status: 429, retryAfterSeconds: 12 }, { status: 503 });
    expect(await provider.send(n)).toMatchObject({ status: 'failed', retryable: true, retryAfterMs: 12_000 });
    const unavailable = await provider.send(n);
    expect(unavailable).toMatchObject({ status: 'failed', retryable: true });
    expect(unavailable).not.toHaveProperty('retryAfterMs');
    expect(await provider.send(n)).toMatchObject({ status: 'sent' });
    expect(server.delivered.filter((d) => d.pushToken === n.pushToken)).toHaveLength(1);
  });

  it('when an endpoint is, or resolves to, a private or loopback address, it should be an invalid token and no request made (unless allowed, as tests do)', async () => {
    const guarded = await WebPushProvider.open({ vapid: keys, ca: server.ca });
    try {
      const subscription = JSON.parse(server.subscribe()) as { endpoint: string };
      const port = new URL(subscription.endpoint).port;
      const before = server.requests;
      for (const host of [
        '127.0.0.1',
        'localhost',
        '[::1]',
        '10.1.2.3',
        '169.254.169.254',
        '[::ffff:127.0.0.1]',
      ]) {
        const pushToken = JSON.stringify({ ...subscription, endpoint: `https://${host}:${port}/push/x` });
        expect(await guarded.send(aNotification({ platform: 'web', pushToken })), host).toEqual({
          status: 'invalid_token',
        });
      }
      expect(server.requests).toBe(before);
      // The same subscription is delivered by a provider that allows local addresses.
      expect(
        (await provider.send(aNotification({ platform: 'web', pushToken: JSON.stringify(subscription) })))
          .status,
      ).toBe('sent');
    } finally {
      await guarded.close();
    }
  });

  it('when the VAPID keys are not a P-256 pair, opening the provider should fail', async () => {
    await expect(WebPushProvider.open({ vapid: { ...vapid(), publicKey: 'AAAA' } })).rejects.toThrow(
      /public key/i,
    );
  });
});
