import { describe, expect, it } from 'vitest';
import { api, iosDevice, signUp, type FeedJson } from '../support/api.js';
import { startRedisPair } from '../support/index.js';

describe('the feed change signal across query-api processes', () => {
  it('when two query-api instances share a database and Redis, a change committed behind one should reach the other through Redis: its long-poll should wake with the change and its If-None-Match poll should stop answering 304', async (ctx) => {
    const pair = await startRedisPair({ b: { roles: ['query-api'], env: { FEED_MAX_WAIT_SECONDS: '300' } } });
    if (!pair) return ctx.skip();
    const { a, b, redis } = pair;
    try {
      const onRedis: string[] = [];
      await redis.subscribe('feed_changed', (message) => onRedis.push(...message.split('\n')));
      expect([a.process.infra.changeSignal.kind, b.process.infra.changeSignal.kind]).toEqual([
        'redis',
        'redis',
      ]);
      const [onA, onB] = [api(a.url), api(b.url)];
      const user = await signUp(onA);
      const token = user.accessToken;
      const device = await onA.post<{ id: string; position: number }>('/v1/devices', iosDevice, { token });
      const page = await onB.get<FeedJson>(`/v1/feed?min_position=${device.body.position}`, { token });
      expect(page.body.changes?.map((c) => c.id)).toEqual([user.userId, device.body.id]);
      const etag = page.headers.get('etag')!;
      // B knows this user's feed has not moved since: answered without a query.
      expect(
        (
          await onB.get(`/v1/feed?cursor=${page.body.nextCursor}`, {
            token,
            headers: { 'if-none-match': etag },
          })
        ).status,
      ).toBe(304);

      // Only the signal can end this wait within the test's time: its own timeout is beyond it.
      const polling = onB.get<FeedJson>(`/v1/feed?cursor=${page.body.nextCursor}&wait=300`, { token });
      const first = await onA.patch<{ position: number }>(
        `/v1/devices/${device.body.id}`,
        { timezone: 'Asia/Tokyo' },
        { token },
      );
      const woken = await polling;
      expect(woken.body.changes?.[0]?.device).toMatchObject({ timezone: 'Asia/Tokyo' });

      const wokenEtag = woken.headers.get('etag')!;
      const wokenCursor = woken.body.nextCursor;
      expect(
        (await onB.get(`/v1/feed?cursor=${wokenCursor}`, { token, headers: { 'if-none-match': wokenEtag } }))
          .status,
      ).toBe(304);
      const second = await onA.patch<{ position: number }>(
        `/v1/devices/${device.body.id}`,
        { appVersion: '3.0.0' },
        { token },
      );
      await expect
        .poll(
          async () =>
            (
              await onB.get(`/v1/feed?cursor=${wokenCursor}`, {
                token,
                headers: { 'if-none-match': wokenEtag },
              })
            ).status,
          { timeout: 10_000 },
        )
        .toBe(200);
      // The news travelled on Redis, not on the database.
      expect(onRedis).toEqual(
        expect.arrayContaining([
          `${user.userId}:${first.body.position}`,
          `${user.userId}:${second.body.position}`,
        ]),
      );
    } finally {
      await pair.stop();
    }
  }, 120_000);
});
