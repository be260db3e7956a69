import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { api, signUp, type Api } from '../support/api.js';
import { changeKeys, FeedSocket, FeedStream } from '../support/realtimeClients.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

describe('how long realtime connections live (embedded)', () => {
  let backend: TestBackend;
  let client: Api;
  let stopped = false;
  beforeAll(async () => {
    // The shortest access tokens the configuration allows, so they expire within the test.
    backend = await startTestBackend('embedded', { env: { ACCESS_TOKEN_TTL_SECONDS: '30' } });
    client = api(backend.url);
  }, 60_000);
  afterAll(async () => {
    if (!stopped) await backend.stop();
  }, 60_000);

  const following = async (token: string) => {
    const socket = FeedSocket.open(backend.url, token);
    await socket.opened;
    socket.subscribe('');
    await socket.until((s) => s.pages.length > 0);
    return socket;
  };

  it('when the token expires, the socket should close with 4001 and the stream end with token-expired, unless a new token came over the socket', async () => {
    const user = await signUp(client);
    const [expiring, renewed] = await Promise.all([following(user.accessToken), following(user.accessToken)]);
    const stream = new FeedStream(`${backend.url}/v1/feed/stream`, {
      authorization: `Bearer ${user.accessToken}`,
    });
    await stream.until((s) => s.pages.length > 0);
    // A token issued a few seconds later expires a few seconds later.
    await sleep(10_000);
    const refreshed = await client.post<{ accessToken: string }>('/v1/auth/refresh', {
      refreshToken: user.refreshToken,
    });
    renewed.send({ reauthenticate: { accessToken: refreshed.body.accessToken } });
    await renewed.until((s) => s.frames.some((f) => f.reauthenticated));
    expect(await expiring.closed()).toBe(4001);
    await stream.until((s) => s.ended);
    expect(stream.events.at(-1)).toMatchObject({ event: 'end', data: 'token-expired' });
    // The renewed socket outlives the first token, and still carries the feed.
    expect(renewed.closeCode).toBeUndefined();
    const written = await client.post<{ id: string }>(
      '/v1/devices',
      { platform: 'android', appVersion: '1', locale: 'en', timezone: 'UTC' },
      { token: refreshed.body.accessToken },
    );
    await renewed.until((s) => changeKeys(s.pages).some((k) => k.startsWith(`devices/${written.body.id}`)));
    expect(await renewed.closed()).toBe(4001);
  }, 90_000);

  it('when the query API stops, its sockets should close with 1001 and its streams end with `shutdown`', async () => {
    const user = await signUp(client);
    const socket = await following(user.accessToken);
    const stream = new FeedStream(`${backend.url}/v1/feed/stream`, {
      authorization: `Bearer ${user.accessToken}`,
    });
    await stream.until((s) => s.pages.length > 0);
    stopped = true;
    await backend.stop();
    expect(await socket.closed()).toBe(1001);
    await stream.until((s) => s.ended);
    expect(stream.events.at(-1)).toMatchObject({ event: 'end', data: 'shutdown' });
  }, 60_000);
});
