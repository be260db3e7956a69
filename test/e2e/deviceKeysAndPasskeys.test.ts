import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUp, type Api } from '../support/api.js';
import { softAuthenticator } from '../support/softAuthenticator.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

interface Signed {
  accessToken: string;
  refreshToken: string;
  deviceId?: string;
  position: number;
  user: { id: string };
}
const password = 'correct horse battery staple';
const RP = { id: 'localhost', origin: 'http://localhost:8080' };

describe('device keys and passkeys', () => {
  let backend: TestBackend;
  let client: Api;

  beforeAll(async () => {
    backend = await startTestBackend('embedded', { env: { PUBLIC_URL: RP.origin } });
    client = api(backend.url);
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
  });

  const device = () => ({
    installationId: randomUUID(),
    platform: 'ios' as const,
    appVersion: '1.0.0',
    locale: 'en-GB',
    timezone: 'Europe/London',
  });
  async function withDeviceKey() {
    const signed = (
      await client.post<Signed>('/v1/auth/register', {
        email: `${randomUUID()}@example.com`,
        password,
        displayName: 'Key Holder',
        device: device(),
      })
    ).body;
    const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const { kty, crv, x, y } = keys.publicKey.export({ format: 'jwk' });
    const registered = await client.post(
      '/v1/auth/device-key',
      { publicKey: { kty, crv, x, y } },
      { token: signed.accessToken },
    );
    expect(registered.status).toBe(201);
    return { signed, privateKey: keys.privateKey };
  }
  const challengeFor = async (deviceId: string) =>
    (
      await client.post<{ challenge: string; expiresIn: number }>('/v1/auth/device-key/challenge', {
        deviceId,
      })
    ).body;

  it('when the device signs a fresh challenge, it should get tokens for its device; the challenge works once', async () => {
    const { signed, privateKey } = await withDeviceKey();
    const deviceId = signed.deviceId!;
    const { challenge, expiresIn } = await challengeFor(deviceId);
    expect(expiresIn).toBe(120);
    const signature = sign('sha256', Buffer.from(challenge), privateKey).toString('base64url');
    const verified = await client.post<Signed>('/v1/auth/device-key/verify', {
      deviceId,
      challenge,
      signature,
    });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ deviceId, user: { id: signed.user.id } });
    // One session per device: the password session it replaces is over.
    expect((await client.post('/v1/auth/refresh', { refreshToken: signed.refreshToken })).status).toBe(401);
    const replay = await client.post('/v1/auth/device-key/verify', { deviceId, challenge, signature });
    expect(replay.status).toBe(401);

    // WebCrypto's raw r|s form works too.
    const second = await challengeFor(deviceId);
    const raw = sign('sha256', Buffer.from(second.challenge), { key: privateKey, dsaEncoding: 'ieee-p1363' });
    const rawSigned = await client.post('/v1/auth/device-key/verify', {
      deviceId,
      challenge: second.challenge,
      signature: raw.toString('base64url'),
    });
    expect(rawSigned.status).toBe(200);
  });

  it('when the signature, key, device or challenge is wrong, the answer should be the same 401', async () => {
    const { signed, privateKey } = await withDeviceKey();
    const other = await withDeviceKey();
    const deviceId = signed.deviceId!;
    const attempts: [string, () => Promise<{ status: number; body: object }>][] = [
      [
        'signed by another key',
        async () => {
          const { challenge } = await challengeFor(deviceId);
          const signature = sign('sha256', Buffer.from(challenge), other.privateKey).toString('base64url');
          return client.post('/v1/auth/device-key/verify', { deviceId, challenge, signature });
        },
      ],
      [
        'challenge issued for another device',
        async () => {
          const { challenge } = await challengeFor(other.signed.deviceId!);
          const signature = sign('sha256', Buffer.from(challenge), privateKey).toString('base64url');
          return client.post('/v1/auth/device-key/verify', { deviceId, challenge, signature });
        },
      ],
      [
        'made-up challenge',
        async () => {
          const challenge = Buffer.from(randomUUID()).toString('base64url');
          const signature = sign('sha256', Buffer.from(challenge), privateKey).toString('base64url');
          return client.post('/v1/auth/device-key/verify', { deviceId, challenge, signature });
        },
      ],
      [
        'unknown device',
        async () => {
          const unknown = randomUUID();
          const { challenge } = await challengeFor(unknown);
          const signature = sign('sha256', Buffer.from(challenge), privateKey).toString('base64url');
          return client.post('/v1/auth/device-key/verify', { deviceId: unknown, challenge, signature });
        },
      ],
    ];
    for (const [name, attempt] of attempts) {
      const response = await attempt();
      expect(response.status, name).toBe(401);
      expect(response.body, name).toMatchObject({ type: '/problems/invalid-device-signature' });
    }
    // A revoked device's key no longer works.
    expect((await client.delete(`/v1/devices/${deviceId}`, { token: signed.accessToken })).status).toBe(200);
    const { challenge } = await challengeFor(deviceId);
    const signature = sign('sha256', Buffer.from(challenge), privateKey).toString('base64url');
    expect((await client.post('/v1/auth/device-key/verify', { deviceId, challenge, signature })).status).toBe(
      401,
    );
  });

  it('when a session has no device, or the key is not a P-256 point, registering a key should be refused', async () => {
    const user = await signUp(client);
    const { kty, crv, x, y } = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({
      format: 'jwk',
    });
    const noDevice = await client.post(
      '/v1/auth/device-key',
      { publicKey: { kty, crv, x, y } },
      { token: user.accessToken },
    );
    expect(noDevice.status).toBe(409);
    const { signed } = await withDeviceKey();
    const offCurve = await client.post(
      '/v1/auth/device-key',
      { publicKey: { kty, crv, x, y: Buffer.alloc(32, 7).toString('base64url') } },
      { token: signed.accessToken },
    );
    expect(offCurve.status).toBe(400);
  });

  it('when a passkey is registered, it should sign in without an email; a cloned counter or a foreign origin should not', async () => {
    const user = await signUp(client);
    const authenticator = softAuthenticator(RP);
    const options = await client.post<{ challenge: string; user: { id: string }; rp: { id: string } }>(
      '/v1/auth/passkeys/registration/options',
      {},
      { token: user.accessToken },
    );
    expect(options.status).toBe(200);
    expect(options.body.rp.id).toBe('localhost');
    const registered = await client.post(
      '/v1/auth/passkeys/registration',
      { response: authenticator.register(options.body) },
      { token: user.accessToken },
    );
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ credentialId: authenticator.credentialId });

    const signIn = async (opts: Parameters<typeof authenticator.authenticate>[1] = {}) => {
      const request = await client.post<{ challenge: string }>(
        '/v1/auth/passkeys/authentication/options',
        {},
      );
      return client.post<Signed>('/v1/auth/passkeys/authentication', {
        response: authenticator.authenticate(request.body, opts),
      });
    };
    const first = await signIn();
    expect(first.status).toBe(200);
    expect(first.body.user.id).toBe(user.userId);
    expect((await signIn({ keepCounter: true })).status).toBe(401);
    expect((await signIn({ origin: 'https://evil.example.com' })).status).toBe(401);
    expect((await signIn()).status).toBe(200);

    // An assertion is bound to its challenge: sending it again fails.
    const request = await client.post<{ challenge: string }>('/v1/auth/passkeys/authentication/options', {});
    const assertion = authenticator.authenticate(request.body);
    expect((await client.post('/v1/auth/passkeys/authentication', { response: assertion })).status).toBe(200);
    expect((await client.post('/v1/auth/passkeys/authentication', { response: assertion })).status).toBe(401);

    // A passkey nobody registered is refused.
    const stranger = softAuthenticator(RP);
    stranger.register({ challenge: 'x', user: { id: 'nobody' } });
    const unknown = await client.post<{ challenge: string }>('/v1/auth/passkeys/authentication/options', {});
    const refused = await client.post('/v1/auth/passkeys/authentication', {
      response: stranger.authenticate(unknown.body),
    });
    expect(refused.status).toBe(401);
  });
});
