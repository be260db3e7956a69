import { describe, expect, it, vi } from 'vitest';
import { api } from '../support/api.js';
import { FeedSocket, FeedStream } from '../support/realtimeClients.js';
import { FeedSocketIo, type ConnectRefusal } from '../support/socketIoFeed.js';
import { freePort } from '../support/freePort.js';
import { registerSomeone, startChild, startRedisPair } from '../support/index.js';

const CAP = 3;
type Transport = 'websocket' | 'sse' | 'socket.io';

/** One connection attempt: open (with how to close it), or the Problem type it was refused with. */
type Attempt = { open: true; close(): Promise<void> } | { open: false; status: number; type: unknown };

async function attempt(transport: Transport, url: string, token: string): Promise<Attempt> {
  if (transport === 'websocket') {
    const socket = FeedSocket.open(url, token);
    return new Promise((resolve) => {
      socket.ws.once('open', () =>
        resolve({ open: true, close: () => (socket.ws.close(), socket.closed().then(() => undefined)) }),
      );
      socket.ws.once('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => {
          const { type } = JSON.parse(body) as { type: unknown };
          resolve({ open: false, status: res.statusCode ?? 0, type });
        });
      });
    });
  }
  if (transport === 'sse') {
    const stream = new FeedStream(`${url}/v1/feed/stream`, { authorization: `Bearer ${token}` });
    const response = await stream.started;
    if (response.status === 200)
      return { open: true, close: async () => (stream.close(), await stream.until((s) => s.ended)) };
    return {
      open: false,
      status: response.status,
      type: ((await response.json()) as { type: unknown }).type,
    };
  }
  const io = new FeedSocketIo(url, { token });
  const opened = await io.opened();
  if (opened === 'connected') return { open: true, close: async () => io.close() };
  io.close();
  const problem = (opened as ConnectRefusal).data as { status: number; type: unknown };
  return { open: false, status: problem.status, type: problem.type };
}

describe('the per-user connection cap across query-api processes sharing Redis', () => {
  it('admits exactly REALTIME_CONNECTIONS_PER_USER of 12 simultaneous WebSocket, event stream and Socket.IO connections of one user over two processes, refuses the rest with 429 too-many-connections, and lets one in on either process once one closes', async (ctx) => {
    const pair = await startRedisPair({
      env: { REALTIME_CONNECTIONS_PER_USER: String(CAP) },
      b: { roles: ['query-api'], env: (a) => ({ REALTIME_COMMAND_URL: a.url }) },
    });
    if (!pair) return ctx.skip();
    const { a, b } = pair;
    const opened: Attempt[] = [];
    try {
      const ann = await registerSomeone(api(a.url), 'Ann');
      const transports: Transport[] = ['websocket', 'sse', 'socket.io'];
      const attempts = await Promise.all(
        Array.from({ length: 12 }, (_, i) => attempt(transports[i % 3]!, (i % 2 ? a : b).url, ann.token)),
      );
      opened.push(...attempts.filter((t) => t.open));
      expect(opened).toHaveLength(CAP);
      for (const refused of attempts.filter((t) => !t.open))
        expect(refused).toEqual({ open: false, status: 429, type: '/problems/too-many-connections' });

      // Full on both processes, whatever the transport.
      for (const [transport, backend] of [
        ['websocket', a],
        ['sse', b],
        ['socket.io', a],
      ] as const)
        expect(await attempt(transport, backend.url, ann.token)).toMatchObject({ open: false, status: 429 });

      const closing = opened.shift() as { close(): Promise<void> };
      await closing.close();
      for (const backend of [a, b]) {
        const again = await vi.waitFor(async () => {
          const next = await attempt('websocket', backend.url, ann.token);
          expect(next.open).toBe(true);
          return next;
        });
        opened.push(again);
        expect(await attempt('sse', a.url, ann.token)).toMatchObject({ open: false, status: 429 });
        await (opened.pop() as { close(): Promise<void> }).close();
      }
    } finally {
      for (const held of opened) if (held.open) await held.close();
      await pair.stop();
    }
  }, 90_000);

  it('frees the places of a killed query-api process once they expire, and not before', async (ctx) => {
    const pair = await startRedisPair({
      env: { REALTIME_CONNECTIONS_PER_USER: '2', REALTIME_HEARTBEAT_SECONDS: '1' },
      b: { roles: ['query-api'], env: (a) => ({ REALTIME_COMMAND_URL: a.url }) },
    });
    if (!pair) return ctx.skip();
    const { a } = pair;
    const port = await freePort();
    const shared = ['DATABASE_URL', 'DATA_DIR', 'CURSOR_SECRET', 'REDIS_URL', 'REDIS_KEY_PREFIX'];
    // A query-api process of its own, so that it can be killed (SIGKILL: no release of anything).
    const child = startChild('bin/queryApi.ts', {
      ...Object.fromEntries(shared.map((name) => [name, a.env[name]!])),
      PORT: String(port),
      HOST: '127.0.0.1',
      REALTIME_CONNECTIONS_PER_USER: '2',
      REALTIME_HEARTBEAT_SECONDS: '1',
      REALTIME_COMMAND_URL: a.url,
    });
    const opened: Attempt[] = [];
    try {
      await child.waitFor('listening');
      const childUrl = `http://127.0.0.1:${port}`;
      const ann = await registerSomeone(api(a.url), 'Ann');
      for (const transport of ['websocket', 'socket.io'] as const)
        opened.push(await attempt(transport, childUrl, ann.token));
      expect(opened.map((o) => o.open)).toEqual([true, true]);
      expect(await attempt('websocket', a.url, ann.token)).toMatchObject({ open: false, status: 429 });

      await child.kill('SIGKILL');
      // Its places outlive it until they expire (three heartbeats), then A admits again.
      expect(await attempt('sse', a.url, ann.token)).toMatchObject({ open: false, status: 429 });
      const admitted = await vi.waitFor(
        async () => {
          const next = await attempt('websocket', a.url, ann.token);
          expect(next.open).toBe(true);
          return next;
        },
        { timeout: 15_000, interval: 250 },
      );
      opened.splice(0, opened.length, admitted);
    } finally {
      await child.kill('SIGKILL');
      for (const held of opened) if (held.open) await held.close().catch(() => undefined);
      await pair.stop();
    }
  }, 90_000);
});
