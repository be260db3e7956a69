import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { RedisCache } from '../../infra/cache/RedisCache.js';
import { api, iosDevice, type Api } from '../support/api.js';
import { requireService } from '../support/requireService.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';
import { postgresAvailable } from '../support/testDatabase.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
type Presence = { userId: string; status: string; lastSeenAt: string | null };

const register = async (client: Api, name: string) => {
  const response = await client.post<{ user: { id: string }; accessToken: string }>('/v1/auth/register', {
    email: `${randomUUID()}@example.com`,
    password: 'correct horse battery staple',
    displayName: name,
    device: { ...iosDevice, installationId: randomUUID() },
  });
  expect(response.status, response.raw.toString()).toBe(201);
  return { userId: response.body.user.id, token: response.body.accessToken };
};

describe('presence across command-api processes sharing Redis', () => {
  it('when two backends share Redis, each sees the presence, the hiding and the typing reported to the other, and the change is published on Redis', async (ctx) => {
    if (!(await postgresAvailable())) return ctx.skip();
    // A prefix of its own: other tests' backends on the same Redis do not share these keys.
    const prefix = `t${randomBytes(4).toString('hex')}:`;
    let spy: RedisCache | undefined;
    if (!(await requireService('Redis', async () => (spy = await RedisCache.connect(REDIS_URL, prefix)))))
      return ctx.skip();
    const backends: TestBackend[] = [];
    try {
      const a = await startTestBackend('postgres', { env: { REDIS_URL, REDIS_KEY_PREFIX: prefix } });
      backends.push(a);
      const b = await startTestBackend('postgres', {
        roles: ['command-api'],
        env: {
          REDIS_URL,
          REDIS_KEY_PREFIX: prefix,
          DATABASE_URL: a.env.DATABASE_URL!,
          DATA_DIR: a.env.DATA_DIR!,
          CURSOR_SECRET: a.env.CURSOR_SECRET!,
        },
      });
      backends.push(b);
      const [onA, onB] = [api(a.url), api(b.url)];
      const ann = await register(onA, 'Ann');
      const bob = await register(onA, 'Bob');
      const created = await onA.post<{ id: string; position: number }>(
        '/v1/conversations',
        { kind: 'direct', userId: bob.userId },
        { token: ann.token },
      );
      expect(created.status).toBe(201);
      const conversation = created.body.id;
      expect(
        (await onA.get(`/v1/conversations?min_position=${created.body.position}`, { token: bob.token }))
          .status,
      ).toBe(200);

      const published: string[] = [];
      await spy!.subscribe(`presence:${ann.userId}`, (message) => published.push(message));
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
      for (const backend of backends.reverse()) await backend.stop();
      await spy?.close();
    }
  }, 90_000);
});
