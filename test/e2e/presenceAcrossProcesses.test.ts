import { describe, expect, it, vi } from 'vitest';
import { api } from '../support/api.js';
import { annBobAndCy, startRedisPair } from '../support/index.js';

type Presence = { userId: string; status: string; lastSeenAt: string | null };

describe('presence across command-api processes sharing Redis', () => {
  it('when two backends share Redis, each sees the presence, the hiding and the typing reported to the other, and the change is published on Redis', async (ctx) => {
    const pair = await startRedisPair({ b: { roles: ['command-api'] } });
    if (!pair) return ctx.skip();
    const { a, b, redis: spy } = pair;
    try {
      const [onA, onB] = [api(a.url), api(b.url)];
      const { ann, bob, conversation } = await annBobAndCy(onA);

      const published: string[] = [];
      await spy.subscribe(`presence:${ann.userId}`, (message) => published.push(message));
      expect(
        (await onB.request('PUT', '/v1/me/presence', { token: ann.token, body: { status: 'online' } }))
          .status,
      ).toBe(200);
      const seenOnA = await onA.get<{ presences: Presence[] }>(`/v1/presence?userIds=${ann.userId}`, {
        token: bob.token,
      });
      expect(seenOnA.body.presences).toEqual([
        { userId: ann.userId, status: 'online', lastSeenAt: expect.any(String) },
      ]);
      await vi.waitFor(() =>
        expect(published.map((m) => JSON.parse(m) as Presence)).toContainEqual(
          expect.objectContaining({ userId: ann.userId, status: 'online' }),
        ),
      );

      // Hidden on A: B answers offline at once (the cached copy of the setting is shared).
      await onA.request('PUT', '/v1/me/presence/visibility', { token: ann.token, body: { hidden: true } });
      const hiddenOnB = await onB.get<{ presences: Presence[] }>(`/v1/presence?userIds=${ann.userId}`, {
        token: bob.token,
      });
      expect(hiddenOnB.body.presences).toEqual([{ userId: ann.userId, status: 'offline', lastSeenAt: null }]);

      expect(
        (await onA.post(`/v1/conversations/${conversation}/typing`, {}, { token: ann.token })).status,
      ).toBe(204);
      const typing = await onB.get<{ userIds: string[] }>(`/v1/conversations/${conversation}/typing`, {
        token: bob.token,
      });
      expect(typing.body.userIds).toEqual([ann.userId]);
    } finally {
      await pair.stop();
    }
  }, 90_000);
});
