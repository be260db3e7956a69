import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webPush from 'web-push';
import { startLocalWebPush, type LocalWebPush } from '../../test/support/push/localWebPush.js';
import { PAYLOAD_LIMITS } from './payloadLimits.js';
import { payloadProblems } from './payloadProblems.js';
import { aNotification } from './pushProviderContract.js';
import { webPushPayloadOf } from './webPushPayloadOf.js';
import { WebPushProvider } from './WebPushProvider.js';

/** A notification whose body is `size` bytes of ASCII. */
const withBody = (size: number) => aNotification({ body: 'x'.repeat(size) });

describe('payloadProblems', () => {
  it('when a notification is small, no provider should have a problem with it', () => {
    for (const platform of ['ios', 'android', 'web'] as const)
      expect(payloadProblems(aNotification(), platform), platform).toEqual([]);
  });

  it('when a body pushes the payload over a provider limit, the problem should name the provider, its limit and the size', () => {
    for (const [platform, provider, limit] of [
      ['ios', 'apns', 4096],
      ['android', 'fcm', 4096],
      ['web', 'webpush', 3993],
    ] as const) {
      const problems = payloadProblems(withBody(limit), platform);
      expect(problems, provider).toEqual([
        {
          provider,
          field: 'payload',
          limit,
          size: expect.any(Number),
          detail: expect.stringContaining(`limit of ${limit} bytes`),
        },
      ]);
      expect(problems[0]!.size, provider).toBeGreaterThan(limit);
    }
  });

  it('when multi-byte text is measured, bytes should count, not characters', () => {
    // 1400 three-byte characters: 4200 bytes, 1400 characters.
    expect(payloadProblems(aNotification({ body: '€'.repeat(1400) }), 'ios')).toHaveLength(1);
  });

  it('when a collapse key does not fit the provider (APNs over 64 bytes, a Web Push Topic not 32 base64url characters) or FCM is given over 28 days, the field should be named', () => {
    expect(payloadProblems(aNotification({ collapseKey: 'k'.repeat(65) }), 'ios')).toMatchObject([
      { provider: 'apns', field: 'collapseKey', limit: 64 },
    ]);
    expect(payloadProblems(aNotification({ collapseKey: 'order 42' }), 'web')).toMatchObject([
      { provider: 'webpush', field: 'collapseKey' },
    ]);
    expect(payloadProblems(aNotification({ collapseKey: 'k'.repeat(65) }), 'android')).toEqual([]);
    expect(payloadProblems(aNotification({ ttlSeconds: 29 * 86_400 }), 'android')).toMatchObject([
      { provider: 'fcm', field: 'ttlSeconds' },
    ]);
  });
});

describe('the Web Push limit against a push service that takes 4096-byte bodies', () => {
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

  /** A web notification whose plaintext is exactly `size` bytes. */
  const ofPlaintext = (size: number) => {
    const n = aNotification({ platform: 'web', pushToken: server.subscribe(), body: '' });
    return { ...n, body: 'x'.repeat(size - Buffer.byteLength(webPushPayloadOf(n))) };
  };

  it('when the plaintext is 4096 − 86 (aes128gcm header) − 17 (tag, delimiter) = 3993 bytes, it should pass the check and be delivered; one byte more should be a problem and a 413', async () => {
    expect(PAYLOAD_LIMITS.webpush).toBe(3993);
    const fits = ofPlaintext(3993);
    expect(payloadProblems(fits, 'web')).toEqual([]);
    expect(await provider.send(fits)).toMatchObject({ status: 'sent' });
    const over = ofPlaintext(3994);
    expect(payloadProblems(over, 'web')).toMatchObject([{ provider: 'webpush', limit: 3993, size: 3994 }]);
    expect(await provider.send(over)).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining('413'),
    });
  });
});

describe('the APNs and FCM limits against the local servers', () => {
  it('when a payload is exactly at the limit, payloadProblems and the server should both take it; one byte more, both refuse it', async () => {
    const { generateKeyPairSync, randomBytes } = await import('node:crypto');
    const { startLocalApns } = await import('../../test/support/push/localApns.js');
    const { startLocalFcm } = await import('../../test/support/push/localFcm.js');
    const { ApnsPushProvider } = await import('./ApnsPushProvider.js');
    const { FcmPushProvider } = await import('./FcmPushProvider.js');
    const { apnsPayloadOf } = await import('./apnsPayloadOf.js');
    const { fcmMessageOf } = await import('./fcmMessageOf.js');
    const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const identity = { keyId: 'KEY1234567', teamId: 'TEAM123456', bundleId: 'com.example.eventide' };
    const apnsServer = await startLocalApns({ publicKey: keys.publicKey, ...identity });
    const apns = await ApnsPushProvider.open({
      key: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
      ...identity,
      production: false,
      server: { address: apnsServer.address, port: apnsServer.port, ca: apnsServer.ca },
    });
    const account = {
      project_id: 'eventide-test',
      client_email: 'push@eventide-test.iam.gserviceaccount.com',
      private_key: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
        type: 'pkcs8',
        format: 'pem',
      }) as string,
    };
    const fcmServer = await startLocalFcm(account);
    const fcm = await FcmPushProvider.open({
      serviceAccount: account,
      endpoint: { url: fcmServer.url, ca: fcmServer.ca },
    });
    try {
      const sized = (platform: 'ios' | 'android', size: number) => {
        const token =
          platform === 'ios' ? randomBytes(32).toString('hex') : `fcm-${randomBytes(8).toString('hex')}`;
        const n = aNotification({ platform, pushToken: token, body: '' });
        const measure = () =>
          platform === 'ios'
            ? Buffer.byteLength(JSON.stringify(apnsPayloadOf(n)))
            : Buffer.byteLength(
                JSON.stringify(
                  (({ notification, data }) => ({ notification, data }))(fcmMessageOf(n, '', 0)),
                ),
              );
        return { ...n, body: 'x'.repeat(size - measure()) };
      };
      for (const [platform, provider, name] of [
        ['ios', apns, 'apns'],
        ['android', fcm, 'fcm'],
      ] as const) {
        const fits = sized(platform, 4096);
        expect(payloadProblems(fits, platform), name).toEqual([]);
        expect(await provider.send(fits), name).toMatchObject({ status: 'sent' });
        const over = sized(platform, 4097);
        expect(payloadProblems(over, platform), name).toMatchObject([
          { provider: name, limit: 4096, size: 4097 },
        ]);
        expect(await provider.send(over), name).toMatchObject({ status: 'failed', retryable: false });
      }
    } finally {
      await apns.close();
      await fcm.close();
      await apnsServer.close();
      await fcmServer.close();
    }
  });
});
