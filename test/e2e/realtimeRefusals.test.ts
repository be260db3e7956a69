import { expect, it } from 'vitest';
import { signUp, type Api, type SignedUp } from '../support/api.js';
import { writeNotes } from '../support/index.js';
import { describeOnBackends } from '../support/describeOnBackends.js';
import { changeKeys, FeedSocket, FeedStream } from '../support/realtimeClients.js';

const device = { platform: 'android', appVersion: '1.0.0', locale: 'en', timezone: 'UTC' };
const collections = {
  notes: {
    scope: 'private',
    conflict: 'lww',
    schema: { type: 'object', properties: { text: { type: 'string' } } },
  },
};
/** A socket of the user, subscribed from the start, once its first page is in. */
async function following(url: string, user: SignedUp, protocol?: 'eventide.v1.json'): Promise<FeedSocket> {
  const socket = FeedSocket.open(url, user.accessToken, protocol);
  await socket.opened;
  socket.subscribe('');
  await socket.until((s) => s.pages.length > 0);
  return socket;
}

const closedBy = async (client: Api, opsToken: string, reason: string) => {
  const text = (await client.get('/metrics', { token: opsToken })).raw.toString();
  const line = new RegExp(`^realtime_closed_total\\{transport="websocket",reason="${reason}"\\} (\\d+)`, 'm');
  return Number(line.exec(text)?.[1] ?? 0);
};

describeOnBackends(
  'realtime refusals',
  (on) => {
    it("a frame that does not decode should close its socket with 1007, and the user's other socket should carry on", async (ctx) => {
      if (!on.backend()) return ctx.skip();
      const { url } = on.backend()!;
      const client = on.client();
      const user = await signUp(client);
      const [bad, text, json, good] = await Promise.all([
        following(url, user),
        following(url, user),
        following(url, user, 'eventide.v1.json'),
        FeedSocket.open(url, user.accessToken),
      ]);
      bad.ws.send(Buffer.from('not protobuf at all'));
      text.ws.send('{"subscribe":{}}'); // a text frame on the protobuf subprotocol
      json.ws.send('{"subscribe": 5}');
      expect(await Promise.all([bad.closed(), text.closed(), json.closed()])).toEqual([1007, 1007, 1007]);
      await good.opened;
      good.subscribe('');
      await good.until((s) => s.pages.length > 0);
      const written = await client.post<{ id: string }>('/v1/devices', device, { token: user.accessToken });
      await good.until((s) => changeKeys(s.pages).some((k) => k.startsWith(`devices/${written.body.id}`)));
      expect(good.closeCode).toBeUndefined();
      good.ws.close();
    });

    it('a frame over REALTIME_MAX_FRAME_BYTES should close the socket with 1009', async (ctx) => {
      if (!on.backend()) return ctx.skip();
      const user = await signUp(on.client());
      const socket = await following(on.backend()!.url, user);
      socket.send({ reauthenticate: { accessToken: 'x'.repeat(2048) } });
      expect(await socket.closed()).toBe(1009);
    });

    it('a client that stops reading should be closed with 4008, and resume from its last cursor with nothing lost or twice', async (ctx) => {
      if (!on.backend()) return ctx.skip();
      const { url, env } = on.backend()!;
      const client = on.client();
      const user = await signUp(client);
      let last = 0;
      for (let batch = 0; batch < 6; batch++) last = await writeNotes(client, user, 20, 64 * 1024);
      await client.get(`/v1/feed?limit=1&min_position=${last}`, { token: user.accessToken });
      const before = await closedBy(client, env.OPS_TOKEN!, 'slow-consumer');
      // A client that reads nothing asks for a 7.7 MB page: what the kernel does not take (about 4 MB
      // on loopback) waits in the server's queue, over REALTIME_MAX_BUFFERED_BYTES.
      const slow = FeedSocket.open(url, user.accessToken);
      await slow.opened;
      slow.ws.pause();
      slow.subscribe('', { limit: 500 });
      await expect
        .poll(() => closedBy(client, env.OPS_TOKEN!, 'slow-consumer'), { timeout: 20_000 })
        .toBe(before + 1);
      slow.ws.resume();
      expect(await slow.closed()).toBe(4008);
      const more = await writeNotes(client, user, 5, 100);
      const resumed = FeedSocket.open(url, user.accessToken);
      await resumed.opened;
      resumed.subscribe(slow.pages.at(-1)!.nextCursor!);
      await resumed.until((s) => s.pages.some((p) => Number(p.position) >= more));
      resumed.ws.close();
      const received = changeKeys([...slow.pages, ...resumed.pages]);
      expect(new Set(received).size).toBe(received.length);
      expect(received.filter((k) => k.startsWith('notes/'))).toHaveLength(125);
    });

    it('more connections than REALTIME_CONNECTIONS_PER_USER should be refused with 429', async (ctx) => {
      if (!on.backend()) return ctx.skip();
      const { url } = on.backend()!;
      const user = await signUp(on.client());
      const open = await Promise.all([1, 2, 3, 4].map(() => following(url, user)));
      const extra = FeedSocket.open(url, user.accessToken);
      const status = await new Promise<number>((resolve) =>
        extra.ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
      );
      expect(status).toBe(429);
      const stream = new FeedStream(`${url}/v1/feed/stream`, { authorization: `Bearer ${user.accessToken}` });
      expect((await stream.started).status).toBe(429);
      open[0]!.ws.close();
      await open[0]!.closed();
      const again = await following(url, user);
      for (const socket of [again, ...open]) socket.ws.close();
    });

    it("a new token of the same session should be taken over the socket; another session's closes it with 1008", async (ctx) => {
      if (!on.backend()) return ctx.skip();
      const client = on.client();
      const user = await signUp(client);
      const socket = await following(on.backend()!.url, user);
      const refreshed = await client.post<{ accessToken: string }>('/v1/auth/refresh', {
        refreshToken: user.refreshToken,
      });
      socket.send({ reauthenticate: { accessToken: refreshed.body.accessToken } });
      await socket.until((s) => s.frames.some((f) => f.reauthenticated));
      const other = await client.post<{ accessToken: string }>('/v1/auth/login', {
        email: user.email,
        password: 'correct horse battery staple',
      });
      socket.send({ reauthenticate: { accessToken: other.body.accessToken } });
      expect(await socket.closed()).toBe(1008);
    });

    it('a bad cursor should be answered with a subscribe error, and a revoked session should close with 4003', async (ctx) => {
      if (!on.backend()) return ctx.skip();
      const client = on.client();
      const user = await signUp(client);
      const socket = await following(on.backend()!.url, user);
      socket.subscribe('not-a-cursor');
      await socket.until((s) => s.frames.some((f) => f.subscribeError));
      expect(socket.frames.find((f) => f.subscribeError)).toMatchObject({
        subscribeError: { type: 'bad-cursor' },
      });
      const stream = new FeedStream(`${on.backend()!.url}/v1/feed/stream`, {
        authorization: `Bearer ${user.accessToken}`,
      });
      await stream.until((s) => s.pages.length > 0);
      expect((await client.post('/v1/auth/logout', {}, { token: user.accessToken })).status).toBe(200);
      expect(await socket.closed()).toBe(4003);
      await stream.until((s) => s.ended);
      expect(stream.events.at(-1)).toMatchObject({ event: 'end', data: 'session-revoked' });
    });
  },
  {
    collections,
    env: {
      REALTIME_HEARTBEAT_SECONDS: '1',
      REALTIME_CONNECTIONS_PER_USER: '4',
      REALTIME_MAX_BUFFERED_BYTES: String(16 * 1024),
      REALTIME_MAX_FRAME_BYTES: '1024',
    },
  },
);
