import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUp, type Api } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

describe('Idempotency-Key bound to its caller and request', () => {
  let backend: TestBackend;
  let client: Api;
  const password = 'correct horse battery staple';
  const head = () => backend.process.infra.store.headPosition();
  const register = (email: string, key: string) =>
    client.post<{ user: { id: string; email: string }; accessToken?: string; refreshToken?: string }>(
      '/v1/auth/register',
      { email, password, displayName: email.split('@')[0] },
      { headers: { 'idempotency-key': key } },
    );
  const me = (token: string) => client.get<{ id: string; email: string }>('/v1/me', { token });

  beforeAll(async () => {
    backend = await startTestBackend('embedded');
    client = api(backend.url);
  }, 60_000);
  afterAll(async () => backend.stop());

  it("when an attacker registers with the victim's Idempotency-Key, it should answer 422, append nothing and hand out no token", async () => {
    const victim = await register('victim@example.com', 'k-123');
    expect(victim.status).toBe(201);
    const before = await head();

    const attacker = await register('attacker@example.com', 'k-123');
    expect(attacker.status).toBe(422);
    expect(attacker.body).toMatchObject({ type: '/problems/idempotency-key-reused' });
    expect(attacker.body.accessToken).toBeUndefined();
    expect(attacker.raw.toString()).not.toContain('victim');
    expect(await head()).toBe(before);

    // The victim's own retry (the same request) still replays the first answer.
    const retry = await register('victim@example.com', 'k-123');
    expect(retry.status).toBe(201);
    expect(retry.body.user.id).toBe(victim.body.user.id);
    expect((await me(retry.body.accessToken!)).body.email).toBe('victim@example.com');
    // The replayed refresh token is the first one, and works.
    expect(retry.body.refreshToken).toBe(victim.body.refreshToken);
    const refreshed = await client.post('/v1/auth/refresh', { refreshToken: retry.body.refreshToken });
    expect(refreshed.status).toBe(200);
  });

  it("when the key's record has left the cache, a different request under the same key should run as its own command and never get the victim's account", async () => {
    const victim = await register('victim2@example.com', 'k-456');
    expect(victim.status).toBe(201);
    await backend.process.infra.cache.delete('idem:anonymous|POST|/v1/auth/register|k-456');

    const attacker = await register('attacker2@example.com', 'k-456');
    expect(attacker.status).toBe(201);
    expect(attacker.body.user.id).not.toBe(victim.body.user.id);
    const seen = await me(attacker.body.accessToken!);
    expect(seen.body).toMatchObject({ id: attacker.body.user.id, email: 'attacker2@example.com' });
  });

  it('when PATCH /v1/me reuses a key with a different body, it should answer 422; with the same body, it should replay the first answer', async () => {
    const user = await signUp(client);
    const patch = (displayName: string) =>
      client.patch<{ displayName: string; version: number }>(
        '/v1/me',
        { displayName },
        { token: user.accessToken, headers: { 'idempotency-key': 'rename-1' } },
      );
    const first = await patch('First');
    expect(first.status).toBe(200);
    const before = await head();
    const other = await patch('Second');
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ type: '/problems/idempotency-key-reused' });
    expect(await head()).toBe(before);
    const again = await patch('First');
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await head()).toBe(before);
  });

  it('when two users use the same key, neither should be refused or see the other', async () => {
    const [ann, bob] = [await signUp(client), await signUp(client)];
    const rename = (token: string, displayName: string) =>
      client.patch<{ id: string; displayName: string }>(
        '/v1/me',
        { displayName },
        { token, headers: { 'idempotency-key': 'shared-key' } },
      );
    const a = await rename(ann.accessToken, 'Ann');
    const b = await rename(bob.accessToken, 'Bob');
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.body).toMatchObject({ id: bob.userId, displayName: 'Bob' });
  });

  it('when a request with a key is refused as bad input, the key should stay free for the corrected request', async () => {
    const user = await signUp(client);
    const headers = { 'idempotency-key': 'fix-and-retry' };
    const bad = await client.patch('/v1/me', { displayName: '' }, { token: user.accessToken, headers });
    expect(bad.status).toBe(400);
    const good = await client.patch('/v1/me', { displayName: 'Fixed' }, { token: user.accessToken, headers });
    expect(good.status).toBe(200);
  });
  it('when a sign-in or a refresh is replayed after the user signed out everywhere, it should hand out no working token', async () => {
    const email = `replay-${Date.now()}@example.com`;
    expect((await register(email, `reg-${email}`)).status).toBe(201);
    const loginKey = { 'idempotency-key': `login-${email}` };
    const login = () =>
      client.post<{ accessToken?: string; refreshToken?: string }>(
        '/v1/auth/login',
        { email, password },
        { headers: loginKey },
      );
    const first = await login();
    expect(first.status).toBe(200);
    const refreshKey = { 'idempotency-key': `refresh-${email}` };
    const refresh = () =>
      client.post<{ accessToken?: string }>(
        '/v1/auth/refresh',
        { refreshToken: first.body.refreshToken },
        { headers: refreshKey },
      );
    expect((await refresh()).status).toBe(200);
    // Within the grace window, the same refresh replays its answer, still usable.
    const retried = await refresh();
    expect(retried.status).toBe(200);
    expect((await client.get('/v1/session', { token: retried.body.accessToken! })).status).toBe(200);

    expect((await client.post('/v1/auth/logout-all', {}, { token: first.body.accessToken! })).status).toBe(
      200,
    );
    // Replays skip the decider; the log still says the session is over.
    for (const replay of [await login(), await refresh()]) {
      expect(replay.status).toBe(401);
      expect(replay.body.accessToken).toBeUndefined();
    }
  });

  it('when a refresh is replayed after a later refresh rotated its pair, it should be refused', async () => {
    const email = `rotated-${Date.now()}@example.com`;
    const registered = await register(email, `reg-${email}`);
    const key = { 'idempotency-key': `refresh-${email}` };
    const once = () =>
      client.post<{ accessToken?: string; refreshToken?: string }>(
        '/v1/auth/refresh',
        { refreshToken: registered.body.refreshToken },
        { headers: key },
      );
    const first = await once();
    expect(first.status).toBe(200);
    const next = await client.post('/v1/auth/refresh', { refreshToken: first.body.refreshToken });
    expect(next.status).toBe(200);
    const replay = await once();
    expect(replay.status).toBe(401);
    expect(replay.body.accessToken).toBeUndefined();
  });
  it('when a keyed request is hostile (6,000 levels of nesting) or goes to a route without the guard, it should be a 4xx, never a 500', async () => {
    const deep = `${'['.repeat(6000)}${']'.repeat(6000)}`;
    const nested = await client.post('/v1/auth/register', undefined, {
      rawBody: `{"email":"deep@example.com","password":"${password}","displayName":"D","x":${deep}}`,
      headers: { 'idempotency-key': 'deep-1', 'content-type': 'application/json' },
    });
    expect(nested.status).toBe(400);
    expect(JSON.stringify(nested.body)).toContain('nested deeper than');
    const link = await client.get('/v1/auth/email/verify?token=not-a-token', {
      headers: { 'idempotency-key': 'link-1' },
    });
    expect(link.status).toBe(400);
  });
});
