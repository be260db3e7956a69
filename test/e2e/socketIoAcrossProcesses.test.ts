import { describe, expect, it } from 'vitest';
import { api, signUp } from '../support/api.js';
import { FeedSocketIo, type ConnectRefusal } from '../support/socketIoFeed.js';
import { startRedisPair } from '../support/index.js';
import type { TestBackend } from '../support/startTestBackend.js';

describe('Socket.IO across query-api processes sharing Redis', () => {
  it('when two processes share a database and Redis, a message sent through one should reach a Socket.IO client of the other, the per-user cap should count both, a revoked session should end on both at once, and a stopping process should end only its own with shutdown', async (ctx) => {
    const pair = await startRedisPair({
      env: { REALTIME_CONNECTIONS_PER_USER: '2' },
      // A checks sessions every second; B so rarely that only A's news can end B's connections.
      a: { REALTIME_HEARTBEAT_SECONDS: '1' },
      b: { roles: ['command-api', 'query-api'], env: { REALTIME_HEARTBEAT_SECONDS: '300' } },
    });
    if (!pair) return ctx.skip();
    const { a, b } = pair;
    const sockets: FeedSocketIo[] = [];
    const connect = (backend: TestBackend, token: string) => {
      const socket = new FeedSocketIo(backend.url, { token });
      sockets.push(socket);
      return socket;
    };
    try {
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
      await b.stop();
      expect(await annOnB.closed()).toBe('io server disconnect');
      expect(annOnB.end).toEqual({ reason: 'shutdown', code: 1001 });
      expect(await connect(a, ann.accessToken).opened()).toBe('connected');
      expect(annOnA.disconnected).toBeUndefined();
    } finally {
      for (const socket of sockets) socket.close();
      await pair.stop();
    }
  }, 120_000);
});
