import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalApns, type LocalApns } from '../../test/support/push/localApns.js';
import { ApnsPushProvider, type ApnsOptions } from './ApnsPushProvider.js';
import { collapseIdOf } from './collapseIdOf.js';
import { aNotification, describePushProviderContract } from './pushProviderContract.js';

const newToken = () => randomBytes(32).toString('hex');
const p8 = () =>
  generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
    type: 'pkcs8',
    format: 'pem',
  }) as string;

/** A local APNs server and a provider holding the key it knows. */
async function apnsPair(overrides: Partial<ApnsOptions> = {}) {
  const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const identity = { keyId: 'KEY1234567', teamId: 'TEAM123456', bundleId: 'com.example.eventide' };
  const server = await startLocalApns({ publicKey: keys.publicKey, ...identity });
  const options: ApnsOptions = {
    key: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    ...identity,
    production: false,
    server: { address: server.address, port: server.port, ca: server.ca },
    ...overrides,
  };
  const provider = await ApnsPushProvider.open(options);
  return { server, provider, options };
}

describePushProviderContract('APNs (local HTTP/2 server)', async () => {
  const { server, provider } = await apnsPair();
  const invalidToken = newToken();
  server.refuseToken(invalidToken, 400, 'BadDeviceToken');
  return {
    provider,
    platform: 'ios',
    newToken,
    invalidToken,
    delivered: async () =>
      server.delivered.map((d) => ({
        id: d.payload.id,
        pushToken: d.token,
        title: d.payload.aps.alert?.title ?? '',
        body: d.payload.aps.alert?.body ?? '',
        data: d.payload.data,
        silent:
          d.headers['apns-push-type'] === 'background' &&
          d.payload.aps['content-available'] === 1 &&
          d.payload.aps.alert === undefined,
      })),
    dispose: async () => {
      await provider.close();
      await server.close();
    },
  };
});

describe('ApnsPushProvider against a local APNs server', () => {
  let server: LocalApns;
  let provider: ApnsPushProvider;
  let options: ApnsOptions;
  beforeAll(async () => {
    ({ server, provider, options } = await apnsPair());
  });
  afterAll(async () => {
    await provider.close();
    await server.close();
  });
  const ios = () => aNotification({ platform: 'ios', pushToken: newToken() });

  it('when a notification is sent, APNs should get the topic, push type, priority and an apns-id it echoes as the provider id', async () => {
    const n = ios();
    const result = await provider.send(n);
    const delivery = server.delivered.find((d) => d.payload.id === n.id);
    expect(delivery?.headers).toMatchObject({
      'apns-topic': 'com.example.eventide',
      'apns-push-type': 'alert',
      'apns-priority': '10',
    });
    expect(result).toEqual({ status: 'sent', providerId: delivery?.apnsId });
    expect(delivery?.payload).toEqual({
      aps: { alert: { title: n.title, body: n.body } },
      id: n.id,
      kind: n.kind,
      data: n.data,
    });
  });

  it('when a notification carries every payload field, APNs should get each where its docs define it: aps keys, apns-priority, apns-expiration, apns-collapse-id', async () => {
    const n = {
      ...ios(),
      deepLink: 'https://app.example.com/orders/42',
      imageUrl: 'https://cdn.example.com/a.png',
      category: 'ORDER_UPDATE',
      sound: 'chime.caf',
      threadId: 'order-42',
      channelId: 'orders',
      collapseKey: 'order-42-status',
      ttlSeconds: 3600,
      priority: 'normal' as const,
      interruptionLevel: 'time-sensitive' as const,
      badge: 7,
    };
    const before = Math.floor(Date.now() / 1000);
    expect(await provider.send(n)).toMatchObject({ status: 'sent' });
    const delivery = server.delivered.find((d) => d.payload.id === n.id)!;
    expect(delivery.payload).toEqual({
      aps: {
        alert: { title: n.title, body: n.body },
        badge: 7,
        sound: 'chime.caf',
        'thread-id': 'order-42',
        category: 'ORDER_UPDATE',
        'interruption-level': 'time-sensitive',
        'mutable-content': 1,
      },
      id: n.id,
      kind: n.kind,
      data: n.data,
      deepLink: 'https://app.example.com/orders/42',
      imageUrl: 'https://cdn.example.com/a.png',
    });
    expect(delivery.priority).toBe(5);
    expect(delivery.collapseId).toBe('order-42-status');
    expect(delivery.expiration).toBeGreaterThanOrEqual(before + 3600);
    expect(delivery.expiration).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 3600);
  });

  it('when a notification has a time to live of 0 and high priority, APNs should get apns-expiration 0 and apns-priority 10; without one, no apns-expiration', async () => {
    const now = { ...ios(), ttlSeconds: 0, priority: 'high' as const };
    await provider.send(now);
    const delivery = server.delivered.find((d) => d.payload.id === now.id)!;
    expect([delivery.expiration, delivery.priority]).toEqual([0, 10]);
    const plain = ios();
    await provider.send(plain);
    expect(server.delivered.find((d) => d.payload.id === plain.id)?.expiration).toBeUndefined();
  });

  it('when one delivery key is sent by two senders (a repeat after a crash), APNs should get one apns-collapse-id for both, a hash of the key within 64 bytes', async () => {
    const n = ios();
    const other = await ApnsPushProvider.open(options);
    try {
      expect((await provider.send(n)).status).toBe('sent');
      expect((await other.send(n)).status).toBe('sent');
    } finally {
      await other.close();
    }
    const deliveries = server.delivered.filter((d) => d.payload.id === n.id);
    expect(deliveries.map((d) => d.collapseId)).toEqual([collapseIdOf(n.id), collapseIdOf(n.id)]);
    expect(Buffer.byteLength(collapseIdOf(n.id))).toBeLessThanOrEqual(64);
    const next = ios();
    await provider.send(next);
    expect(server.delivered.find((d) => d.payload.id === next.id)?.collapseId).not.toBe(collapseIdOf(n.id));
  });

  it('when APNs answers 410 Unregistered, the token should be invalid', async () => {
    const n = ios();
    server.refuseToken(n.pushToken, 410, 'Unregistered');
    expect(await provider.send(n)).toEqual({ status: 'invalid_token' });
  });

  it('when APNs answers 400 BadDeviceToken, the token should be invalid; a token that is not hex should not be sent at all', async () => {
    const n = ios();
    server.refuseToken(n.pushToken, 400, 'BadDeviceToken');
    expect(await provider.send(n)).toEqual({ status: 'invalid_token' });
    const before = server.requests;
    expect(await provider.send(aNotification({ platform: 'ios', pushToken: 'not/a-token' }))).toEqual({
      status: 'invalid_token',
    });
    expect(server.requests).toBe(before);
  });

  it('when a device registered a token of the other APNs environment, it should not be sent, nor the token taken for invalid', async () => {
    const before = server.requests;
    const result = await provider.send({ ...ios(), apns: { environment: 'production' } });
    expect(result).toMatchObject({
      status: 'failed',
      retryable: false,
      reason: expect.stringContaining('production'),
    });
    expect(server.requests).toBe(before);
    expect(await provider.send({ ...ios(), apns: { environment: 'sandbox' } })).toMatchObject({
      status: 'sent',
    });
  });

  it('when APNs answers 429, 500 or 503, the send should fail retryably, once per answer (the library does not retry), and a retry should be sent', async () => {
    for (const [status, reason] of [
      [429, 'TooManyRequests'],
      [500, 'InternalServerError'],
      [503, 'ServiceUnavailable'],
    ] as const) {
      const n = ios();
      server.answerNext({ status, reason });
      const before = server.requests;
      const result = await provider.send(n);
      expect(result, reason).toMatchObject({ status: 'failed', retryable: true });
      expect(result.status === 'failed' && result.reason, reason).toContain(String(status));
      expect(server.requests, reason).toBe(before + 1);
      expect(await provider.send(n), reason).toMatchObject({ status: 'sent' });
    }
  });

  it('when APNs answers another 4xx (PayloadTooLarge, BadTopic), the send should fail for good', async () => {
    server.answerNext({ status: 413, reason: 'PayloadTooLarge' });
    expect(await provider.send(ios())).toMatchObject({
      status: 'failed',
      retryable: false,
      reason: 'apns 413: PayloadTooLarge',
    });
  });

  it('when APNs sends GOAWAY on a request, that send should fail retryably and the next one should go out on a new connection', async () => {
    await provider.send(ios());
    const connections = server.connections;
    const n = ios();
    server.answerNext('goaway');
    expect(await provider.send(n)).toMatchObject({ status: 'failed', retryable: true });
    expect(await provider.send(n)).toMatchObject({ status: 'sent' });
    expect(server.connections).toBe(connections + 1);
    expect(server.delivered.filter((d) => d.payload.id === n.id)).toHaveLength(1);
  });

  it('when many notifications are sent at once, they should share one connection', async () => {
    await provider.send(ios());
    const connections = server.connections;
    const results = await Promise.all(Array.from({ length: 20 }, () => provider.send(ios())));
    expect(results.every((r) => r.status === 'sent')).toBe(true);
    expect(server.connections).toBe(connections);
  });

  it('when the provider signs with a key APNs does not know, the send should be refused (the JWT is checked)', async () => {
    const stranger = await ApnsPushProvider.open({
      key: p8(),
      keyId: 'KEY1234567',
      teamId: 'TEAM123456',
      bundleId: 'com.example.eventide',
      production: false,
      server: { address: server.address, port: server.port, ca: server.ca },
    });
    try {
      expect(await stranger.send(ios())).toMatchObject({
        status: 'failed',
        retryable: false,
        reason: 'apns 403: InvalidProviderToken',
      });
    } finally {
      await stranger.close();
    }
  });

  it('when the provider names another team or topic, APNs should refuse it for good', async () => {
    for (const [overrides, reason] of [
      [{ teamId: 'OTHERTEAM1' }, 'apns 403: InvalidProviderToken'],
      [{ keyId: 'OTHERKEY12' }, 'apns 403: InvalidProviderToken'],
      [{ bundleId: 'com.example.other' }, 'apns 400: TopicDisallowed'],
    ] as const) {
      const pair = await apnsPair(overrides);
      try {
        expect(await pair.provider.send(ios()), reason).toEqual({
          status: 'failed',
          retryable: false,
          reason,
        });
      } finally {
        await pair.provider.close();
        await pair.server.close();
      }
    }
  });
});
