import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, iosDevice, signUp, type Api } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

describe('rate limits on the auth endpoints (default limits)', () => {
  let backend: TestBackend;
  let client: Api;
  beforeAll(async () => {
    backend = await startTestBackend('embedded', { env: { RATE_LIMIT_MULTIPLIER: '1' } });
    client = api(backend.url);
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
  });

  it('when limited endpoints are called, they should say their limit in RateLimit headers', async () => {
    const response = await client.post('/v1/auth/password/forgot', { email: `${randomUUID()}@example.com` });
    expect(response.status).toBe(202);
    expect(response.headers.get('ratelimit-limit')).toBe('3');
    expect(response.headers.get('ratelimit-remaining')).toBe('2');
    expect(Number(response.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    expect(response.headers.get('ratelimit-policy')).toBe('3;w=3600');
  });

  it('when one account asks for resets too often, it should get 429 with Retry-After, and nothing more is appended', async () => {
    const user = await signUp(client);
    for (let i = 0; i < 3; i++)
      expect((await client.post('/v1/auth/password/forgot', { email: user.email })).status).toBe(202);
    const before = await backend.process.infra.store.headPosition();
    const limited = await client.post('/v1/auth/password/forgot', { email: user.email.toUpperCase() });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    expect(limited.body.type).toBe('/problems/rate-limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await backend.process.infra.store.headPosition()).toBe(before);
  });

  it('when a password is guessed five times, sign-in for that address should lock, even with the right password', async () => {
    const user = await signUp(client);
    for (let i = 0; i < 5; i++) {
      expect(
        (await client.post('/v1/auth/login', { email: user.email, password: `wrong guess ${i}` })).status,
      ).toBe(401);
    }
    const locked = await client.post('/v1/auth/login', {
      email: user.email,
      password: 'correct horse battery staple',
    });
    expect(locked.status).toBe(429);
    expect(locked.body.type).toBe('/problems/sign-in-locked');
    expect(locked.headers.get('retry-after')).toBe('900');
    // Unknown addresses lock the same way: the lock tells nothing about who has an account.
    const nobody = `${randomUUID()}@example.com`;
    for (let i = 0; i < 5; i++)
      await client.post('/v1/auth/login', { email: nobody, password: `guess ${i}` });
    expect((await client.post('/v1/auth/login', { email: nobody, password: 'guess again' })).status).toBe(
      429,
    );
  });

  it("when another client spends an account's sign-in budget, the owner's phone should still sign in", async () => {
    const password = 'correct horse battery staple';
    const email = `${randomUUID()}@example.com`;
    const phone = { ...iosDevice, installationId: `install-${randomUUID()}` };
    expect(
      (await client.post('/v1/auth/register', { email, password, displayName: 'Ann', device: phone })).status,
    ).toBe(201);

    const attacker = { ...iosDevice, installationId: `install-${randomUUID()}` };
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push(
        (await client.post('/v1/auth/login', { email, password: `guess ${i}`, device: attacker })).status,
      );
    }
    // The attacker's client is locked out, then rate-limited…
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // …while the owner's phone, on the same IP within the same minute, is neither.
    const owner = await client.post('/v1/auth/login', { email, password, device: phone });
    expect(owner.status).toBe(200);
  });
});

describe('sign-in lockout per address and client', () => {
  let backend: TestBackend;
  let client: Api;
  beforeAll(async () => {
    // Twice the default limits: ten failures lock a client, twenty the address, twenty logins a minute.
    backend = await startTestBackend('embedded', { env: { RATE_LIMIT_MULTIPLIER: '2' } });
    client = api(backend.url);
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
  });

  it("when an attacker fails ten times from the user's network, without a device and then with another, the user's known device should still sign in", async () => {
    const password = 'correct horse battery staple';
    const email = `${randomUUID()}@example.com`;
    const phone = { ...iosDevice, installationId: `install-${randomUUID()}` };
    const registered = await client.post('/v1/auth/register', {
      email,
      password,
      displayName: 'Ann',
      device: phone,
    });
    expect(registered.status).toBe(201);

    const login = (body: Record<string, unknown>) => client.post('/v1/auth/login', { email, ...body });
    for (let i = 0; i < 10; i++) expect((await login({ password: `wrong guess ${i}` })).status).toBe(401);
    // The attacker's own client is locked, even with the right password…
    const locked = await login({ password });
    expect(locked.status).toBe(429);
    expect(locked.body.type).toBe('/problems/sign-in-locked');
    const otherDevice = { ...iosDevice, installationId: `install-${randomUUID()}` };
    for (let i = 0; i < 5; i++) {
      expect((await login({ password: `device guess ${i}`, device: otherDevice })).status).toBe(401);
    }
    // …but the device that signed in before is not, on the same IP.
    const known = await login({ password, device: phone });
    expect(known.status).toBe(200);
  });
});
