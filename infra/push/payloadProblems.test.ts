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
