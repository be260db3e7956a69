import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, iosDevice, signUp, type Api, type SignedUp } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

describe('bad input never hurts', () => {
  let backend: TestBackend;
  let client: Api;
  let alice: SignedUp;
  let mallory: SignedUp;
  let aliceDevice: string;

  const head = () => backend.process.infra.store.headPosition();

  /** Sends a request and proves it answered a 4xx Problem and appended nothing. */
  async function expectRejected(
    status: number,
    send: () => Promise<{ status: number; headers: Headers; body: Record<string, unknown> }>,
  ) {
    const before = await head();
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({
      status,
      type: expect.stringMatching(/^\/problems\/[a-z-]+$/),
      title: expect.any(String),
    });
    expect(await head()).toBe(before);
    return response.body;
  }

  beforeAll(async () => {
    backend = await startTestBackend('embedded', { env: { BODY_LIMIT_BYTES: '4096' } });
    client = api(backend.url);
    alice = await signUp(client, 'Alice');
    mallory = await signUp(client, 'Mallory');
    aliceDevice = (await client.post<{ id: string }>('/v1/devices', iosDevice, { token: alice.accessToken }))
      .body.id;
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
  });

  it('when the JSON is malformed, it should answer 400 malformed-json', async () => {
    const body = await expectRejected(400, () =>
      client.request('POST', '/v1/devices', {
        rawBody: '{"platform": "ios",',
        token: alice.accessToken,
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(body.type).toBe('/problems/malformed-json');
  });

  it('when the body is larger than the limit, it should answer 413', async () => {
    await expectRejected(413, () =>
      client.post('/v1/auth/register', {
        email: 'big@example.com',
        password: 'x'.repeat(10_000),
        displayName: 'Big',
      }),
    );
  });

  it('when fields have wrong types or unknown names, it should answer 400 with each problem', async () => {
    const body = await expectRejected(400, () =>
      client.post(
        '/v1/devices',
        { platform: 'symbian', appVersion: 7, locale: 'en', timezone: 'UTC', admin: true },
        { token: alice.accessToken },
      ),
    );
    const paths = (body.errors as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['platform', 'appVersion']));
    expect(JSON.stringify(body.errors)).toContain('admin');
  });

  it('when the body is not JSON at all, it should answer 415', async () => {
    await expectRejected(415, () =>
      client.request('POST', '/v1/auth/login', {
        rawBody: 'email=a&password=b',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );
  });

  it('when the body is protobuf or garbage bytes where JSON is expected, it should answer 415 or 400', async () => {
    await expectRejected(415, () =>
      client.request('POST', '/v1/devices', {
        rawBody: Buffer.from([0x0a, 0xff, 0xff, 0xff, 0x0f, 0x12]),
        token: alice.accessToken,
        headers: { 'content-type': 'application/x-protobuf' },
      }),
    );
    await expectRejected(400, () =>
      client.request('POST', '/v1/devices', {
        rawBody: Buffer.from([0xc3, 0x28, 0xa0, 0xa1]),
        token: alice.accessToken,
        headers: { 'content-type': 'application/json' },
      }),
    );
  });

  it('when the body is a JSON array or scalar, it should answer 400', async () => {
    await expectRejected(400, () =>
      client.request('POST', '/v1/auth/login', {
        rawBody: '[1,2]',
        headers: { 'content-type': 'application/json' },
      }),
    );
    await expectRejected(400, () =>
      client.request('POST', '/v1/auth/login', {
        rawBody: '"x"',
        headers: { 'content-type': 'application/json' },
      }),
    );
  });

  it('when the token is missing, malformed or tampered, it should answer 401', async () => {
    await expectRejected(401, () => client.post('/v1/devices', iosDevice));
    await expectRejected(401, () => client.post('/v1/devices', iosDevice, { token: 'not-a-jwt' }));
    const [h, p, s] = alice.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: mallory.userId })).toString('base64url');
    await expectRejected(401, () => client.post('/v1/devices', iosDevice, { token: `${h}.${forged}.${s}` }));
  });

  it('when the token uses alg none, HS256 with the public key, a foreign key, or has expired, it should answer 401', async () => {
    const claims = JSON.parse(
      Buffer.from(alice.accessToken.split('.')[1]!, 'base64url').toString(),
    ) as Record<string, unknown>;
    const header = JSON.parse(Buffer.from(alice.accessToken.split('.')[0]!, 'base64url').toString()) as {
      kid: string;
    };
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT', kid: header.kid })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    await expectRejected(401, () => client.post('/v1/devices', iosDevice, { token: none }));

    // The classic key-confusion attack: HS256 with the server's public key as the HMAC secret.
    const jwks = await client.get<{ keys: Record<string, string>[] }>('/.well-known/jwks.json');
    const publicPem = createPublicKey({ key: jwks.body.keys[0] as never, format: 'jwk' }).export({
      type: 'spki',
      format: 'pem',
    });
    const hs = jwt.sign(claims, publicPem, { algorithm: 'HS256', keyid: header.kid, noTimestamp: true });
    await expectRejected(401, () => client.post('/v1/devices', iosDevice, { token: hs }));

    const foreign = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const foreignToken = jwt.sign(claims, foreign, {
      algorithm: 'ES256',
      keyid: header.kid,
      noTimestamp: true,
    });
    await expectRejected(401, () => client.post('/v1/devices', iosDevice, { token: foreignToken }));

    // Signed with the server's own key, but expired, or for another issuer or audience.
    const serverKey = createPrivateKey(
      readFileSync(join(backend.env.DATA_DIR!, 'keys', 'jwt-es256.pem'), 'utf8'),
    );
    const signWithServerKey = (overrides: Record<string, unknown>) =>
      jwt.sign({ ...claims, ...overrides }, serverKey, { algorithm: 'ES256', keyid: header.kid });
    const valid = signWithServerKey({});
    expect((await client.get('/v1/feed', { token: valid })).status).toBe(200);
    const expired = await expectRejected(401, () =>
      client.post('/v1/devices', iosDevice, {
        token: signWithServerKey({ exp: Math.floor(Date.now() / 1000) - 60 }),
      }),
    );
    expect(expired.detail).toContain('expired');
    await expectRejected(401, () =>
      client.post('/v1/devices', iosDevice, { token: signWithServerKey({ iss: 'someone-else' }) }),
    );
    await expectRejected(401, () =>
      client.post('/v1/devices', iosDevice, { token: signWithServerKey({ aud: 'another-app' }) }),
    );
    // Longer-lived than the server issues them (a year), or with no expiry at all.
    const iat = Number(claims.iat);
    await expectRejected(401, () =>
      client.post('/v1/devices', iosDevice, { token: signWithServerKey({ exp: iat + 31_536_000 }) }),
    );
    const { exp: _exp, ...withoutExp } = claims;
    const endless = jwt.sign(withoutExp, serverKey, { algorithm: 'ES256', keyid: header.kid });
    await expectRejected(401, () => client.post('/v1/devices', iosDevice, { token: endless }));
  });

  it("when a user touches another user's device, it should answer 404 exactly as for a missing device", async () => {
    const foreign = await expectRejected(404, () =>
      client.patch(`/v1/devices/${aliceDevice}`, { locale: 'de' }, { token: mallory.accessToken }),
    );
    const missing = await expectRejected(404, () =>
      client.patch(
        '/v1/devices/7a1f0d8e-1111-4222-8333-944455556666',
        { locale: 'de' },
        { token: mallory.accessToken },
      ),
    );
    expect({ ...foreign, instance: undefined }).toEqual({ ...missing, instance: undefined });
    await expectRejected(404, () =>
      client.delete(`/v1/devices/${aliceDevice}`, { token: mallory.accessToken }),
    );
    await expectRejected(404, () => client.delete('/v1/devices/not-a-uuid', { token: alice.accessToken }));
  });

  it("when a user reads the feed, it should never contain another user's data", async () => {
    const feed = await client.get<{ changes: { id: string }[] }>('/v1/feed', { token: mallory.accessToken });
    const ids = feed.body.changes.map((c) => c.id);
    expect(ids).not.toContain(aliceDevice);
    expect(ids).not.toContain(alice.userId);
  });

  it('when the cursor is forged, edited or belongs to another user, it should answer 400 bad-cursor', async () => {
    const page = await client.get<{ nextCursor: string }>('/v1/feed', { token: alice.accessToken });
    const [payload, mac] = page.body.nextCursor.split('.');
    const edited = Buffer.from(JSON.stringify(['v1', 0, '', ''])).toString('base64url');
    for (const cursor of [`${edited}.${mac}`, `${payload}.AAAA`, 'garbage', `${payload}`]) {
      const body = await expectRejected(400, () =>
        client.get(`/v1/feed?cursor=${encodeURIComponent(cursor)}`, { token: alice.accessToken }),
      );
      expect(body.type).toBe('/problems/bad-cursor');
    }
    await expectRejected(400, () =>
      client.get(`/v1/feed?cursor=${page.body.nextCursor}`, { token: mallory.accessToken }),
    );
  });

  it('when feed parameters are out of range, it should answer 400; an unsupported Accept, 406', async () => {
    await expectRejected(400, () => client.get('/v1/feed?limit=0', { token: alice.accessToken }));
    await expectRejected(400, () => client.get('/v1/feed?wait=-1', { token: alice.accessToken }));
    await expectRejected(400, () => client.get('/v1/feed?min_position=abc', { token: alice.accessToken }));
    await expectRejected(406, () =>
      client.get('/v1/feed', { token: alice.accessToken, headers: { accept: 'text/csv' } }),
    );
  });

  it('when the route does not exist, it should answer 404 Problem Details', async () => {
    await expectRejected(404, () => client.get('/v1/nothing-here'));
    await expectRejected(404, () => client.post('/v2/devices', iosDevice, { token: alice.accessToken }));
  });

  it('when the Idempotency-Key is not printable ASCII, it should answer 400', async () => {
    await expectRejected(400, () =>
      client.post('/v1/devices', iosDevice, {
        token: alice.accessToken,
        headers: { 'idempotency-key': 'x'.repeat(200) },
      }),
    );
  });
});
