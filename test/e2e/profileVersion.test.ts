import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUp, type Api, type FeedJson } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

const password = 'correct horse battery staple';

/**
 * The profile's version, as an app holds it from its feed, stays good for If-Match while only
 * things the app does not see happen to the account (a sign-in on another phone, a verification
 * mail): once, such events moved the version without a feed change, and the app's next edit of
 * its own profile failed with 412.
 */
describe('the profile version an app holds', () => {
  let backend: TestBackend;
  let client: Api;

  beforeAll(async () => {
    backend = await startTestBackend('embedded');
    client = api(backend.url);
  }, 60_000);
  afterAll(() => backend.stop());

  it('when the account signs in elsewhere or is mailed a code, the version from the feed should still be accepted by If-Match', async () => {
    const user = await signUp(client);
    const feed = await client.get<FeedJson>(`/v1/feed?collections=profile&min_position=${user.position}`, {
      token: user.accessToken,
    });
    const profile = feed.body.changes?.find((c) => c.collection === 'profile');
    expect(profile).toBeDefined();
    // proto3 JSON leaves a zero out.
    const held = profile!.version ?? '0';
    const elsewhere = await client.post<{ accessToken: string; position: number }>('/v1/auth/login', {
      email: user.email,
      password,
    });
    expect(elsewhere.status).toBe(200);
    const resent = await client.post('/v1/auth/email/verification', {}, { token: user.accessToken });
    expect(resent.status).toBe(202);
    const me = await client.get('/v1/me', { token: elsewhere.body.accessToken });
    expect(me.headers.get('etag')).toBe(`"${held}"`);

    const renamed = await client.patch<{ version: number; position: number }>(
      '/v1/me',
      { displayName: 'Renamed' },
      { token: user.accessToken, headers: { 'if-match': `"${held}"` } },
    );
    expect(renamed.status).toBe(200);
    const version = renamed.body.version;
    expect(version).toBeGreaterThan(Number(held) + 1);
    expect(renamed.headers.get('etag')).toBe(`"${version}"`);

    const next = await client.get<FeedJson>(
      `/v1/feed?collections=profile&cursor=${feed.body.nextCursor}&min_position=${renamed.body.position}`,
      { token: user.accessToken },
    );
    expect(next.body.changes).toEqual([
      expect.objectContaining({ collection: 'profile', version: String(version) }),
    ]);
    const stale = await client.patch(
      '/v1/me',
      { displayName: 'Too late' },
      { token: elsewhere.body.accessToken, headers: { 'if-match': `"${held}"` } },
    );
    expect(stale.status).toBe(412);
  });
});
