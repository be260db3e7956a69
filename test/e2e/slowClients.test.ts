import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { FeedSocket, FeedStream } from '../support/realtimeClients.js';
import { FeedSocketIo } from '../support/socketIoFeed.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';
import { Trickler } from '../support/Trickler.js';
import { registerSomeone, type Someone } from '../support/index.js';

/** How long the test waits for the server to close a trickling connection: its timeouts are 1 and 2 s. */
const BOUND_MS = 8_000;

/** Whether the server closed the connection within BOUND_MS. */
const closedInTime = (trickler: Trickler) =>
  Promise.race([trickler.closed.then(() => true), sleep(BOUND_MS).then(() => false)]);

describe('slow-loris clients of the realtime transports (embedded)', () => {
  let backend: TestBackend;
  let ann: Someone;
  const tricklers: Trickler[] = [];

  beforeAll(async () => {
    backend = await startTestBackend('embedded', {
      env: {
        HTTP_HEADERS_TIMEOUT_SECONDS: '1',
        HTTP_REQUEST_TIMEOUT_SECONDS: '2',
        REALTIME_HEARTBEAT_SECONDS: '1',
      },
    });
    ann = await registerSomeone(api(backend.url), 'Ann');
  }, 60_000);
  afterAll(async () => {
    for (const trickler of tricklers) trickler.stop();
    await backend?.stop();
  });

  it('an upgrade, an event stream and a Socket.IO polling request trickled byte by byte are answered 408 and closed within the bound, while connections open before and during them keep working', async () => {
    // Open before the slow clients, and longer than both timeouts by the end.
    const stream = new FeedStream(`${backend.url}/v1/feed/stream`, { authorization: `Bearer ${ann.token}` });
    const socket = FeedSocket.open(backend.url, ann.token);
    const polling = new FeedSocketIo(backend.url, { token: ann.token }, { transports: ['polling'] });
    try {
      await stream.until((s) => s.pages.length > 0);
      await socket.opened;
      expect(await polling.opened()).toBe('connected');

      const handshake = await fetch(`${backend.url}/socket.io/?EIO=4&transport=polling`);
      const { sid } = JSON.parse((await handshake.text()).slice(1)) as { sid: string };
      const slow = {
        upgrade: new Trickler(
          backend.url,
          'GET /v1/realtime HTTP/1.1\r\nHost: eventide\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
            'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n',
        ),
        stream: new Trickler(
          backend.url,
          `GET /v1/feed/stream HTTP/1.1\r\nHost: eventide\r\nAccept: text/event-stream\r\n` +
            `Authorization: Bearer ${ann.token}\r\n`,
        ),
        // Headers complete, the body's 1000 bytes sent one at a time.
        polling: new Trickler(
          backend.url,
          `POST /socket.io/?EIO=4&transport=polling&sid=${sid} HTTP/1.1\r\nHost: eventide\r\n` +
            'Content-Type: text/plain;charset=UTF-8\r\nContent-Length: 1000\r\n\r\n',
          '4',
        ),
      };
      tricklers.push(...Object.values(slow));

      // Meanwhile a new request, a new socket and a new stream are served at once.
      await sleep(300);
      expect(Object.values(slow).map((t) => t.open)).toEqual([true, true, true]);
      expect((await fetch(`${backend.url}/healthz`)).status).toBe(200);
      const later = FeedSocket.open(backend.url, ann.token);
      await later.opened;
      later.ws.terminate();
      const laterStream = new FeedStream(`${backend.url}/v1/feed/stream`, {
        authorization: `Bearer ${ann.token}`,
      });
      await laterStream.until((s) => s.pages.length > 0);
      laterStream.close();

      const closed = await Promise.all(Object.values(slow).map(closedInTime));
      expect(closed).toEqual([true, true, true]);
      for (const trickler of Object.values(slow)) expect(trickler.answer).toMatch(/^HTTP\/1\.1 408 /);

      // The connections opened first outlived both timeouts, and still answer.
      expect(stream.ended).toBe(false);
      expect(socket.closeCode).toBeUndefined();
      expect(await socket.watch()).toEqual({ watching: {} });
      expect(polling.disconnected).toBeUndefined();
      expect(await polling.ask('watch', {})).toEqual({ watching: { users: 0, conversations: 0 } });
    } finally {
      stream.close();
      socket.ws.terminate();
      polling.close();
    }
  }, 60_000);
});
