import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RedisCache } from '../../infra/cache/RedisCache.js';
import { api, signUp } from '../support/api.js';
import { requireService } from '../support/requireService.js';
import { FeedSocketIo, type ConnectRefusal } from '../support/socketIoFeed.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';
import { postgresAvailable } from '../support/testDatabase.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('Socket.IO across query-api processes sharing Redis', () => {
  it('when two processes share a database and Redis, a message sent through one should reach a Socket.IO client of the other, the per-user cap should count both, a revoked session should end on both at once, and a stopping process should end only its own with shutdown', async (ctx) => {
    if (!(await postgresAvailable())) return ctx.skip();
    // A prefix of its own: other tests' backends on the same Redis share no channel with these.
    const prefix = `t${randomBytes(4).toString('hex')}:`;
    let spy: RedisCache | undefined;
    if (!(await requireService('Redis', async () => (spy = await RedisCache.connect(REDIS_URL, prefix)))))
      return ctx.skip();
    const backends: TestBackend[] = [];
    const sockets: FeedSocketIo[] = [];
    const connect = (backend: TestBackend, token: string) => {
      const socket = new FeedSocketIo(backend.url, { token });
      sockets.push(socket);
      return socket;
    };
    try {
      const shared = { REDIS_URL, REDIS_KEY_PREFIX: prefix, REALTIME_CONNECTIONS_PER_USER: '2' };
      // A checks sessions every second; B so rarely that only A's news can end B's connections.
      const a = await startTestBackend('postgres', { env: { ...shared, REALTIME_HEARTBEAT_SECONDS: '1' } });
      backends.push(a);
      const b = await startTestBackend('postgres', {
        roles: ['command-api', 'query-api'],
        env: {
          ...shared,
          REALTIME_HEARTBEAT_SECONDS: '300',
          DATABASE_URL: a.env.DATABASE_URL!,
          DATA_DIR: a.env.DATA_DIR!,
          CURSOR_SECRET: a.env.CURSOR_SECRET!,
        },
      });
      backends.push(b);
      const [onA, onB] = [api(a.url), api(b.url)];
      const ann = await signUp(onA, 'Ann');
      const bob = await signUp(onA, 'Bob');
      const conversation = await onA.post<{ id: string }>(
        '/v1/conversations',
        { kind: 'direct', userId: bob.userId },
        { token: ann.accessToken },
      );
      expect(conversation.status).toBe(201);

      const bobOnA = connect(a, bob.accessToken);
      expect(await bobOnA.opened()).toBe('connected');
      await bobOnA.subscribe('');
      const sent = await onB.post<{ id: string }>(
        `/v1/conversations/${conversation.body.id}/messages`,
        { clientMessageId: 'c1', text: 'hello from B' },
        { token: ann.accessToken },
      );
      expect(sent.status).toBe(201);
      await bobOnA.until((s) =>
        s.pages.some((p) =>
          (p.changes ?? []).some((c) => c.collection === 'messages' && c.id === sent.body.id),
        ),
      );
      const message = bobOnA.pages
        .flatMap((p) => p.changes ?? [])
        .find((c) => c.collection === 'messages' && c.id === sent.body.id) as {
        chatMessage?: { text?: string };
      };
      expect(message.chatMessage?.text).toBe('hello from B');

      // The cap (2) counts Bob's connections on both processes.
      const bobOnB = connect(b, bob.accessToken);
      expect(await bobOnB.opened()).toBe('connected');
      for (const backend of [a, b]) {
        const refused = (await connect(backend, bob.accessToken).opened()) as ConnectRefusal;
        expect(refused.data, backend.url).toMatchObject({
          type: '/problems/too-many-connections',
          status: 429,
        });
      }

      // Bob signs out: A finds it at its next check and ends the session's connections on B too.
      expect((await onB.post('/v1/auth/logout', {}, { token: bob.accessToken })).status).toBe(200);
      expect(await bobOnB.closed()).toBe('io server disconnect');
      expect(bobOnB.end).toEqual({ reason: 'session-revoked', code: 4003 });
      expect(await bobOnA.closed()).toBe('io server disconnect');
      expect(bobOnA.end).toEqual({ reason: 'session-revoked', code: 4003 });

      // B stops: its connections are told `shutdown`; A's carry on and still count alone.
      const annOnA = connect(a, ann.accessToken);
      const annOnB = connect(b, ann.accessToken);
      expect([await annOnA.opened(), await annOnB.opened()]).toEqual(['connected', 'connected']);
      await annOnA.subscribe('');
      backends.pop();
      await b.stop();
      expect(await annOnB.closed()).toBe('io server disconnect');
      expect(annOnB.end).toEqual({ reason: 'shutdown', code: 1001 });
      expect(await connect(a, ann.accessToken).opened()).toBe('connected');
      expect(annOnA.disconnected).toBeUndefined();
    } finally {
      for (const socket of sockets) socket.close();
      for (const backend of backends.reverse()) await backend.stop();
      await spy?.close();
    }
  }, 120_000);
});
