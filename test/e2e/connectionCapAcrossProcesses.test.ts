import { describe, expect, it, vi } from 'vitest';
import { api } from '../support/api.js';
import { FeedSocket, FeedStream } from '../support/realtimeClients.js';
import { FeedSocketIo, type ConnectRefusal } from '../support/socketIoFeed.js';
import { registerSomeone, startRedisPair } from '../support/index.js';

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
});
