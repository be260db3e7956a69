import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUp, type Api, type FeedJson, type SignedUp } from '../support/api.js';
import { writeNotes } from '../support/index.js';
import { changeKeys, type StreamPage } from '../support/realtimeClients.js';
import { FeedSocketIo, type ConnectRefusal } from '../support/socketIoFeed.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

const device = (n: number) => ({
  platform: 'android',
  appVersion: `1.0.${n}`,
  locale: 'en',
  timezone: 'UTC',
});

/** Registers `count` devices one after another; resolves to their ids and the last write's position. */
async function writeDevices(client: Api, user: SignedUp, from: number, count: number) {
  const ids: string[] = [];
  let position = 0;
  for (let n = from; n < from + count; n++) {
    const written = await client.post<{ id: string; position: number }>('/v1/devices', device(n), {
      token: user.accessToken,
    });
    expect(written.status).toBe(201);
    ids.push(written.body.id);
    position = written.body.position;
  }
  return { ids, position };
}

const closedBy = async (client: Api, opsToken: string, reason: string) => {
  const text = (await client.get('/metrics', { token: opsToken })).raw.toString();
  const line = new RegExp(`^realtime_closed_total\\{transport="socketio",reason="${reason}"\\} (\\d+)`, 'm');
  return Number(line.exec(text)?.[1] ?? 0);
};

const deviceIds = (pages: readonly StreamPage[]) =>
  changeKeys(pages)
    .filter((k) => k.startsWith('devices/'))
    .map((k) => k.slice('devices/'.length).split('@')[0]!);

describe('the feed over Socket.IO (embedded)', () => {
  let backend: TestBackend;
  let client: Api;
  const open: FeedSocketIo[] = [];
  const connect = (
    ...args: ConstructorParameters<typeof FeedSocketIo> extends [string, ...infer R] ? R : never
  ) => {
    const socket = new FeedSocketIo(backend.url, ...args);
    open.push(socket);
    return socket;
  };
  const following = async (user: SignedUp, transports?: ('polling' | 'websocket')[]) => {
    const socket = connect({ token: user.accessToken }, { transports });
    expect(await socket.opened()).toBe('connected');
    await socket.subscribe('');
    return socket;
  };

  beforeAll(async () => {
    backend = await startTestBackend('embedded', {
      collections: {
        notes: {
          scope: 'private',
          conflict: 'lww',
          schema: { type: 'object', properties: { text: { type: 'string' } } },
        },
      },
      env: {
        REALTIME_MAX_BUFFERED_BYTES: String(16 * 1024),
        REALTIME_HEARTBEAT_SECONDS: '1',
        REALTIME_CONNECTIONS_PER_USER: '3',
        REALTIME_MAX_FRAME_BYTES: '1024',
      },
    });
    client = api(backend.url);
  }, 60_000);
  afterAll(async () => {
    for (const socket of open) socket.close();
    await backend.stop();
  }, 60_000);

  it('when a client subscribes from the empty cursor, it should get the pages GET /v1/feed gives, then each write as a page', async () => {
    const user = await signUp(client);
    const { position } = await writeDevices(client, user, 0, 2);
    const feed = await client.get<FeedJson & StreamPage>(`/v1/feed?limit=500&min_position=${position}`, {
      token: user.accessToken,
    });
    const socket = connect({ token: user.accessToken });
    expect(await socket.opened()).toBe('connected');
    await socket.subscribe('', { limit: 500 });
    expect(socket.pages[0]!.changes).toEqual(feed.body.changes);
    expect(socket.pages[0]!.nextCursor).toBe(feed.body.nextCursor);

    const { ids } = await writeDevices(client, user, 2, 1);
    await socket.until((s) => deviceIds(s.pages).includes(ids[0]!));
    // Binary pages when asked: the same FeedPage as protobuf.
    const binary = connect({ token: user.accessToken, format: 'protobuf' });
    expect(await binary.opened()).toBe('connected');
    await binary.subscribe('', { limit: 500 });
    expect(Buffer.isBuffer(binary.events.find((e) => e.event === 'page')!.args[0])).toBe(true);
    expect(deviceIds(binary.pages)).toEqual(expect.arrayContaining(ids));
    socket.close();
    binary.close();
  });

  it('when a client reconnects (over long-polling) with the cursor of its last page while writes happen, it should miss nothing and get nothing twice', async () => {
    const user = await signUp(client);
    const first = await following(user);
    const writing = writeDevices(client, user, 0, 6);
    await first.until((s) => deviceIds(s.pages).length >= 2);
    first.close();
    expect(await first.closed()).toBe('io client disconnect');
    const resumeFrom = first.pages.at(-1)!.nextCursor!;
    const early = await writing;
    const late = await writeDevices(client, user, 6, 4);
    const second = connect({ token: user.accessToken }, { transports: ['polling'] });
    expect(await second.opened()).toBe('connected');
    await second.subscribe(resumeFrom);
    const all = [...early.ids, ...late.ids];
    await second.until((s) => all.every((id) => deviceIds([...first.pages, ...s.pages]).includes(id)));
    const received = changeKeys([...first.pages, ...second.pages]);
    expect(new Set(received).size).toBe(received.length);
    // Nothing after the last cursor: the feed from there holds only what came later (nothing).
    const tail = await client.get<StreamPage>(`/v1/feed?cursor=${second.pages.at(-1)!.nextCursor}`, {
      token: user.accessToken,
    });
    expect(deviceIds([tail.body])).toEqual([]);
    second.close();
  });

  it('when the token is missing, not a token or of the wrong type, or the namespace is not /v1, the connection should be refused with the Problem type', async () => {
    for (const auth of [undefined, { token: 'not-a-token' }, { token: 12 }, { token: ['a'] }]) {
      const refused = (await connect(auth).opened()) as ConnectRefusal;
      expect(refused.data, JSON.stringify(auth)).toMatchObject({
        type: '/problems/unauthenticated',
        status: 401,
      });
    }
    const user = await signUp(client);
    const badFormat = (await connect({ token: user.accessToken, format: 'xml' }).opened()) as ConnectRefusal;
    expect(badFormat.data).toMatchObject({ type: '/problems/validation', status: 400 });
    const root = (await connect({ token: user.accessToken }, { namespace: '' }).opened()) as ConnectRefusal;
    expect(root.data).toMatchObject({ type: '/problems/not-found' });
  });

  it("when the engine's own requests are malformed, they should be answered 4xx with the security headers of every answer", async () => {
    const handshake = await fetch(`${backend.url}/socket.io/?EIO=4&transport=polling`);
    expect(handshake.status).toBe(200);
    const opened = await handshake.text();
    expect(opened).toMatch(/^0\{"sid":/);
    const sid = (JSON.parse(opened.slice(1)) as { sid: string }).sid;
    // A long-polling body over REALTIME_MAX_FRAME_BYTES: 413, and the engine session ends.
    const huge = await fetch(`${backend.url}/socket.io/?EIO=4&transport=polling&sid=${sid}`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      body: '4' + 'x'.repeat(2000),
    });
    expect(huge.status).toBe(413);
    expect(handshake.headers.get('x-content-type-options')).toBe('nosniff');
    expect(handshake.headers.get('x-request-id')).toBeTruthy();
    for (const query of [
      'EIO=4&transport=carrier-pigeon',
      'EIO=3&transport=polling',
      'EIO=4&transport=polling&sid=nope',
    ]) {
      const answer = await fetch(`${backend.url}/socket.io/?${query}`, { method: 'POST', body: '4x' });
      expect(answer.status, query).toBe(400);
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    }
    // Other paths are the API's as before.
    expect((await fetch(`${backend.url}/socket.iox`)).status).toBe(404);
  });

  it('when the session is revoked, the connection should get `end` session-revoked and be disconnected by the server', async () => {
    const user = await signUp(client);
    const socket = await following(user, ['polling']);
    expect((await client.post('/v1/auth/logout', {}, { token: user.accessToken })).status).toBe(200);
    expect(await socket.closed()).toBe('io server disconnect');
    expect(socket.end).toEqual({ reason: 'session-revoked', code: 4003 });
  });

  it('when a subscribe has wrong types, unknown fields or a bad cursor, its ack should carry the Problem type and the connection should carry on', async () => {
    const user = await signUp(client);
    const socket = await following(user);
    for (const payload of [
      { cursor: 5 },
      { collections: 'devices' },
      { limit: 'a' },
      { limit: 501 },
      { whole: 'yes' },
      { cursour: '' },
      'text',
      [1, 2],
    ]) {
      const answer = await socket.ask('subscribe', payload);
      expect(answer, JSON.stringify(payload)).toMatchObject({ error: { type: 'validation' } });
    }
    expect(await socket.ask('subscribe', { cursor: 'not-a-cursor' })).toMatchObject({
      error: { type: 'bad-cursor' },
    });
    // Without an ack, the refusal comes as an event.
    socket.socket.emit('subscribe', { cursor: 'not-a-cursor' });
    await socket.until((s) => s.events.some((e) => e.event === 'subscribe_error'));
    expect(await socket.ask('no-such-event', {})).toMatchObject({ error: { type: 'unknown-event' } });
    // Still following the first subscription.
    const { ids } = await writeDevices(client, user, 0, 1);
    await socket.until((s) => deviceIds(s.pages).includes(ids[0]!));
    expect(socket.disconnected).toBeUndefined();
    socket.close();
  });

  it('when a client sends more than REALTIME_MAX_FRAME_BYTES, or floods events, it should be disconnected and the user’s other connection carry on', async () => {
    const user = await signUp(client);
    const [other, huge, flood] = [await following(user), await following(user), await following(user)];
    huge.socket.emit('subscribe', { cursor: 'x'.repeat(2000) });
    expect(await huge.closed()).toMatch(/^transport (close|error)$/);
    for (let n = 0; n < 40; n++) flood.socket.emit('no-such-event');
    expect(await flood.closed()).toBe('io server disconnect');
    expect(flood.end).toEqual({ reason: 'too-many-events', code: 1008 });
    const { ids } = await writeDevices(client, user, 0, 1);
    await other.until((s) => deviceIds(s.pages).includes(ids[0]!));
    expect(other.disconnected).toBeUndefined();
    other.close();
  });

  it('when a client stops reading, it should be cut as a slow consumer and resume from its last cursor with nothing lost or twice', async () => {
    const user = await signUp(client);
    let last = 0;
    for (let batch = 0; batch < 6; batch++) last = await writeNotes(client, user, 20, 64 * 1024);
    await client.get(`/v1/feed?limit=1&min_position=${last}`, { token: user.accessToken });
    const before = await closedBy(client, backend.env.OPS_TOKEN!, 'slow-consumer');
    const slow = connect({ token: user.accessToken });
    expect(await slow.opened()).toBe('connected');
    // The client's WebSocket stops reading; a 7.7 MB page then waits in the server's queue.
    const ws = (slow.socket.io.engine.transport as unknown as { ws: { pause(): void; resume(): void } }).ws;
    ws.pause();
    slow.socket.emit('subscribe', { cursor: '', limit: 500 });
    await expect
      .poll(() => closedBy(client, backend.env.OPS_TOKEN!, 'slow-consumer'), { timeout: 20_000 })
      .toBe(before + 1);
    ws.resume();
    expect(await slow.closed()).toMatch(/^transport (close|error)$/);
    const more = await writeNotes(client, user, 5, 100);
    const resumed = connect({ token: user.accessToken });
    expect(await resumed.opened()).toBe('connected');
    await resumed.subscribe(slow.pages.at(-1)?.nextCursor ?? '', { limit: 50 });
    await resumed.until((s) => s.pages.some((p) => Number(p.position) >= more));
    resumed.close();
    const received = changeKeys([...slow.pages, ...resumed.pages]);
    expect(new Set(received).size).toBe(received.length);
    expect(received.filter((k) => k.startsWith('notes/'))).toHaveLength(125);
  });

  it('when a user holds REALTIME_CONNECTIONS_PER_USER connections, one more should be refused with too-many-connections', async () => {
    const user = await signUp(client);
    const held = [await following(user), await following(user), await following(user)];
    const extra = (await connect({ token: user.accessToken }).opened()) as ConnectRefusal;
    expect(extra.data).toMatchObject({ type: '/problems/too-many-connections', status: 429 });
    for (const socket of held) socket.close();
  });

  it('when a new token of the same session comes, it should be taken; a token of another session ends the connection', async () => {
    const user = await signUp(client);
    const socket = await following(user);
    const refreshed = await client.post<{ accessToken: string }>('/v1/auth/refresh', {
      refreshToken: user.refreshToken,
    });
    const renewed = await socket.ask<{ expiresAtMs: number }>('reauthenticate', {
      accessToken: refreshed.body.accessToken,
    });
    expect(renewed.expiresAtMs).toBeGreaterThan(Date.now());
    // A malformed event is refused, and the connection goes on with its token.
    expect(await socket.ask('reauthenticate', { accessToken: 7 })).toMatchObject({
      error: { type: 'validation' },
    });
    expect(await socket.ask('reauthenticate')).toMatchObject({ error: { type: 'validation' } });
    expect(socket.end).toBeUndefined();
    // A token that fails verification ends it, as an expired one.
    expect(await socket.ask('reauthenticate', { accessToken: 'not-a-token' })).toMatchObject({
      error: { type: 'unauthenticated' },
    });
    await socket.closed();
    expect(socket.end).toEqual({ reason: 'token-expired', code: 4001 });

    const again = await following(user);
    const other = await client.post<{ accessToken: string }>('/v1/auth/login', {
      email: user.email,
      password: 'correct horse battery staple',
    });
    expect(await again.ask('reauthenticate', { accessToken: other.body.accessToken })).toMatchObject({
      error: { type: 'another-session' },
    });
    await again.closed();
    expect(again.end).toEqual({ reason: 'another-session', code: 1008 });
  });
});
