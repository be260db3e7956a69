import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUp, type Api } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

const APP = 'https://app.example.com';

/** The feed's unchanged poll, answered ahead of the middleware chain (query-api/feed/feedNotModified.ts). */
describe('the feed poll fast lane', () => {
  let edge: TestBackend;
  let client: Api;
  beforeAll(async () => {
    edge = await startTestBackend('embedded', { env: { CORS_ORIGINS: APP } });
    client = api(edge.url);
  }, 60_000);
  afterAll(async () => {
    await edge?.stop();
  });

  it("when an unchanged poll is answered ahead of the middleware chain, its 304 should carry the headers of the route's own 304, and every failed check the route's own answer", async () => {
    const poller = await signUp(client);
    const other = await signUp(client);
    const auth = { token: poller.accessToken };
    const page = await client.get<{ nextCursor: string }>(`/v1/feed?min_position=${poller.position}`, auth);
    const cursor = page.body.nextCursor;
    const poll = (query: string, token = poller.accessToken, headers: Record<string, string> = {}) =>
      client.get(`/v1/feed?cursor=${cursor}${query}`, {
        token,
        headers: { origin: APP, 'if-none-match': `"${cursor}"`, ...headers },
      });
    const headersOf = (answer: Awaited<ReturnType<typeof poll>>) => ({
      status: answer.status,
      etag: answer.headers.get('etag'),
      cacheControl: answer.headers.get('cache-control'),
      vary: answer.headers.get('vary'),
      allowOrigin: answer.headers.get('access-control-allow-origin'),
      exposed: answer.headers.get('access-control-expose-headers'),
      requestId: answer.headers.get('x-request-id') !== null,
    });
    const fast = await poll('');
    // `min_position` may wait for the projections: such a poll always goes down the chain.
    const routed = await poll('&min_position=0');
    expect(headersOf(fast)).toEqual(headersOf(routed));
    expect(headersOf(fast)).toMatchObject({ status: 304, etag: `"${cursor}"`, allowOrigin: APP });
    // Only the chain adds the security headers of a body: the first 304 did not cross it.
    expect(fast.headers.get('content-security-policy')).toBeNull();
    expect(routed.headers.get('content-security-policy')).not.toBeNull();

    // What the route refuses, the fast path leaves to it.
    const tampered = await client.get(`/v1/feed?cursor=${cursor.slice(0, -2)}xx`, {
      ...auth,
      headers: { 'if-none-match': `"${cursor.slice(0, -2)}xx"` },
    });
    const foreign = await poll('', other.accessToken);
    const badLimit = await poll('&limit=0');
    const notAcceptable = await poll('', poller.accessToken, { accept: 'text/html' });
    const unsigned = await client.get(`/v1/feed?cursor=${cursor}`, {
      headers: { 'if-none-match': `"${cursor}"` },
    });
    // A signed cursor with a byte added that base64url decoding would skip, on the fast lane and
    // on the route (which waits): refused, never a header Node cannot write.
    const [padded, paddedWaiting] = await Promise.all(
      ['', '&wait=1'].map((wait) =>
        client.get(`/v1/feed?cursor=${cursor}%01${wait}`, { ...auth, headers: { 'if-none-match': '*' } }),
      ),
    );
    expect(
      [tampered, foreign, badLimit, notAcceptable, unsigned, padded!, paddedWaiting!].map((a) => a.status),
    ).toEqual([400, 400, 400, 406, 401, 400, 400]);
    expect(await client.post('/v1/auth/logout', {}, auth)).toMatchObject({ status: 200 });
    const ended = await poll('');
    expect(ended.status).toBe(401);
    expect(ended.headers.get('content-type')).toContain('application/problem+json');
  });
});
