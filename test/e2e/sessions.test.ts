import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUp, type Api } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

interface Pair {
  accessToken: string;
  refreshToken: string;
}

describe('sessions and tokens', () => {
  let backend: TestBackend;
  let client: Api;
  const password = 'correct horse battery staple';
  const refresh = (refreshToken: string) =>
    client.post<Pair & { type?: string; detail?: string }>('/v1/auth/refresh', { refreshToken });
  const me = (token: string) =>
    client.get<{ id: string; displayName: string; version: number }>('/v1/me', { token });

  beforeAll(async () => {
    backend = await startTestBackend('embedded', { env: { REFRESH_GRACE_SECONDS: '1' } });
    client = api(backend.url);
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
  });

  it('when a refresh token is used, it should rotate: a new pair, and the new access token works', async () => {
    const user = await signUp(client);
    const first = await refresh(user.refreshToken);
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(user.refreshToken);
    expect(first.body.refreshToken.split('.')[0]).toBe(user.refreshToken.split('.')[0]);
    const second = await refresh(first.body.refreshToken);
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.body.refreshToken);
    await expect.poll(async () => (await me(second.body.accessToken)).status).toBe(200);
  });

  it('when two refreshes with the same token race (a phone retrying), both should get the same new pair', async () => {
    const user = await signUp(client);
    const [a, b] = await Promise.all([refresh(user.refreshToken), refresh(user.refreshToken)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body).toEqual(b.body);
    const next = await refresh(a.body.refreshToken);
    expect(next.status).toBe(200);
  });

  it('when a rotated token comes back after the grace window, it should end the whole session', async () => {
    const user = await signUp(client);
    const rotated = await refresh(user.refreshToken);
    await new Promise((r) => setTimeout(r, 1500));
    const reuse = await refresh(user.refreshToken);
    expect(reuse.status).toBe(401);
    expect(reuse.body).toMatchObject({ type: '/problems/invalid-refresh-token' });
    expect(String(reuse.body.detail)).toContain('already used');
    // The thief's use ended the family: the legitimate holder's newer token is dead too.
    expect((await refresh(rotated.body.refreshToken)).status).toBe(401);
    expect((await me(rotated.body.accessToken)).status).toBe(401);
    const events = await backend.process.infra.store.readStream(`session-${user.refreshToken.split('.')[0]}`);
    expect(events.at(-1)).toMatchObject({ type: 'SessionRevoked', data: { reason: 'refresh_token_reuse' } });
  });

  it('when the user logs out, that session should end: access token and refresh token refused', async () => {
    const user = await signUp(client);
    const other = await client.post<Pair>('/v1/auth/login', { email: user.email, password });
    const logout = await client.post('/v1/auth/logout', {}, { token: user.accessToken });
    expect(logout.status).toBe(200);
    expect((await me(user.accessToken)).status).toBe(401);
    expect((await refresh(user.refreshToken)).status).toBe(401);
    // Another device's session is untouched.
    await expect.poll(async () => (await me(other.body.accessToken)).status).toBe(200);
    expect((await refresh(other.body.refreshToken)).status).toBe(200);
  });

  it('when the user signs out everywhere, every existing session should end but a new sign-in works', async () => {
    const user = await signUp(client);
    const phone = await client.post<Pair>('/v1/auth/login', { email: user.email, password });
    const out = await client.post('/v1/auth/logout-all', {}, { token: user.accessToken });
    expect(out.status).toBe(200);
    for (const pair of [user, phone.body]) {
      expect((await me(pair.accessToken)).status).toBe(401);
      expect((await refresh(pair.refreshToken)).status).toBe(401);
    }
    const again = await client.post<Pair>('/v1/auth/login', { email: user.email, password });
    expect(again.status).toBe(200);
    await expect.poll(async () => (await me(again.body.accessToken)).status).toBe(200);
    expect((await refresh(again.body.refreshToken)).status).toBe(200);
  });

  it('when refresh tokens are forged, malformed or unknown, it should answer 401 and append nothing', async () => {
    const user = await signUp(client);
    const before = await backend.process.infra.store.headPosition();
    const [sessionId] = user.refreshToken.split('.');
    for (const token of [
      'garbage',
      `${sessionId}.${'A'.repeat(43)}`,
      `00000000-0000-4000-8000-000000000000.${'B'.repeat(43)}`,
      '',
    ]) {
      const response = await client.post('/v1/auth/refresh', { refreshToken: token });
      expect(response.status, token).toBeGreaterThanOrEqual(400);
      expect(response.status, token).toBeLessThan(500);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    expect(await backend.process.infra.store.headPosition()).toBe(before);
  });

  it('when the profile is read and changed, /v1/me should follow, with its ETag guarding the change', async () => {
    const user = await signUp(client, 'Before');
    await expect.poll(async () => (await me(user.accessToken)).body.displayName).toBe('Before');
    const read = await me(user.accessToken);
    const etag = read.headers.get('etag')!;
    expect(etag).toBe(`"${read.body.version}"`);
    const changed = await client.patch<{ displayName: string; version: number; position: number }>(
      '/v1/me',
      { displayName: 'After' },
      { token: user.accessToken, headers: { 'if-match': etag } },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.displayName).toBe('After');
    // Events the app does not see (the verification mail) may lie between: the version is the stream's.
    expect(changed.body.version).toBeGreaterThan(read.body.version);
    const stale = await client.patch(
      '/v1/me',
      { displayName: 'Stale' },
      { token: user.accessToken, headers: { 'if-match': etag } },
    );
    expect(stale.status).toBe(412);
    const after = await client.get<{ displayName: string; version: number; emailVerified: boolean }>(
      `/v1/me?min_position=${changed.body.position}`,
      { token: user.accessToken },
    );
    expect(after.body).toMatchObject({
      id: user.userId,
      displayName: 'After',
      email: user.email,
      emailVerified: false,
    });
    expect(after.headers.get('etag')).toBe(`"${changed.body.version}"`);
  });
});
