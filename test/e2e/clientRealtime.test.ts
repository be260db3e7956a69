import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import type { EventideClient, FeedTransport, RealtimeOptions } from '../../client/index.js';
import { sdkApps } from '../support/sdkApps.js';
import { sdkAppsBehindProxy } from '../support/index.js';
import { NetworkProxy } from '../support/NetworkProxy.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

const fast = { backoff: { baseMs: 20, capMs: 200 }, WebSocket } satisfies RealtimeOptions;
const eventually = { timeout: 20_000, interval: 20 };

describe('client SDK realtime: the socket, its resume and its fallback', () => {
  let backend: TestBackend;
  let proxy: NetworkProxy;

  beforeAll(async () => {
    const schema = { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] };
    backend = await startTestBackend('embedded', {
      collections: { notes: { scope: 'private', conflict: 'lww', schema } },
      // Revoked sessions close their sockets within a heartbeat.
      env: { REALTIME_HEARTBEAT_SECONDS: '1' },
    });
  }, 60_000);
  /** Data folders of backends restarted by a test (the new one's stop() removes only its own). */
  const leftDataDirs: string[] = [];
  afterAll(async () => {
    await backend.stop();
    for (const dir of leftDataDirs) rmSync(dir, { recursive: true, force: true });
  });
  const apps = sdkAppsBehindProxy(
    () => backend.url,
    () => proxy,
  );
  const { account, sameUser } = apps;
  const client = apps.app;
  const follow = (app: EventideClient, options: RealtimeOptions = {}) => {
    const transports: FeedTransport[] = [];
    const keys: string[] = [];
    app.feed.onChanges((changes) => keys.push(...changes.map((c) => `${c.collection}/${c.id}@${c.version}`)));
    const feed = app.startRealtime({ ...fast, ...options, onTransport: (t) => transports.push(t) });
    return { feed, transports, keys };
  };
  const writeNotes = async (app: EventideClient, ids: string[], title = 'v1') => {
    for (const id of ids)
      await app.write({ collection: 'notes', documentId: id, op: 'put', set: { title: `${id} ${title}` } });
    await app.flush();
  };
  const notes = (app: EventideClient) =>
    Object.fromEntries(app.documents.list('notes').map(([id, doc]) => [id, doc.fields.title]));

  it('when an app follows the feed in real time, the changes should arrive over the socket, not by GET /v1/feed', async () => {
    proxy = await NetworkProxy.start(backend.url);
    const phone = await account();
    const tablet = await sameUser(phone.email, { direct: true });
    const live = follow(phone.app);
    await vi.waitFor(() => expect(live.feed.transport).toBe('socket'), eventually);
    await writeNotes(tablet.app, ['a', 'b']);
    await vi.waitFor(() => expect(notes(phone.app)).toEqual({ a: 'a v1', b: 'b v1' }), eventually);
    expect(proxy.upgrades).toBe(1);
    expect(proxy.feedRequests).toBe(0);
    // The cursor is durable: it is in storage, as after a pull.
    expect(JSON.parse((await phone.storage.get('cursor'))!)).toBe(phone.app.feed.cursor);
  });

  it('when the connection drops while writes go on, the client should reconnect and resume from its cursor with nothing lost and nothing twice', async () => {
    proxy = await NetworkProxy.start(backend.url);
    const phone = await account();
    const tablet = await sameUser(phone.email, { direct: true });
    const live = follow(phone.app, { socketAttempts: 1_000 });
    await writeNotes(tablet.app, ['n0', 'n1', 'n2']);
    await vi.waitFor(() => expect(Object.keys(notes(phone.app))).toHaveLength(3), eventually);

    proxy.goOffline();
    await writeNotes(tablet.app, ['n3', 'n4', 'n5']);
    await writeNotes(tablet.app, ['n0'], 'v2');
    proxy.online = true;
    await writeNotes(tablet.app, ['n6']);

    const expected = {
      n0: 'n0 v2',
      n1: 'n1 v1',
      n2: 'n2 v1',
      n3: 'n3 v1',
      n4: 'n4 v1',
      n5: 'n5 v1',
      n6: 'n6 v1',
    };
    await vi.waitFor(() => expect(notes(phone.app)).toEqual(expected), eventually);
    expect(proxy.upgrades).toBeGreaterThanOrEqual(2);
    expect(proxy.feedRequests).toBe(0);
    expect(new Set(live.keys).size).toBe(live.keys.length);

    // An app restarted on the same storage resumes from the saved cursor: only what is new comes.
    phone.app.stop();
    await writeNotes(tablet.app, ['n7']);
    const restarted = await client({ storage: phone.storage });
    const again = follow(restarted.app);
    await vi.waitFor(() => expect(notes(restarted.app)).toHaveProperty('n7', 'n7 v1'), eventually);
    expect(again.keys.filter((k) => k.startsWith('notes/'))).toEqual(['notes/n7@1']);

    // And what it holds is what a fresh pull of the whole feed gives.
    const fresh = await sameUser(phone.email, { direct: true });
    await fresh.app.pull();
    expect(notes(restarted.app)).toEqual(notes(fresh.app));
  });

  it('when the server restarts, the client should reconnect to the new process and resume from its cursor with nothing lost and nothing twice', async () => {
    proxy = await NetworkProxy.start(backend.url);
    const phone = await account();
    const tablet = await sameUser(phone.email, { direct: true });
    const live = follow(phone.app, { socketAttempts: 1_000 });
    await writeNotes(tablet.app, ['r1', 'r2']);
    await vi.waitFor(() => expect(Object.keys(notes(phone.app))).toHaveLength(2), eventually);

    // The process stops (its sockets close with 1001) and another starts on the same data.
    const before = backend;
    await before.process.stop();
    backend = await startTestBackend('embedded', { env: before.env });
    leftDataDirs.push(before.env.DATA_DIR!);
    proxy.target = backend.url;
    const laptop = await sameUser(phone.email, { direct: true });
    await writeNotes(laptop.app, ['r3']);
    await writeNotes(laptop.app, ['r1'], 'v2');

    const expected = { r1: 'r1 v2', r2: 'r2 v1', r3: 'r3 v1' };
    await vi.waitFor(() => expect(notes(phone.app)).toEqual(expected), eventually);
    expect(proxy.upgrades).toBeGreaterThanOrEqual(2);
    expect(proxy.feedRequests).toBe(0);
    expect(new Set(live.keys).size).toBe(live.keys.length);
  }, 60_000);

  it('when the server refuses WebSocket upgrades, the client should long-poll and still get changes, then return to the socket once upgrades pass', async () => {
    proxy = await NetworkProxy.start(backend.url);
    proxy.refuseUpgrades = true;
    const phone = await account();
    const tablet = await sameUser(phone.email, { direct: true });
    const live = follow(phone.app, { socketAttempts: 2, probeSocketAfterMs: 300, waitSeconds: 1 });
    await vi.waitFor(() => expect(live.feed.transport).toBe('polling'), eventually);
    await writeNotes(tablet.app, ['p1']);
    await vi.waitFor(() => expect(notes(phone.app)).toEqual({ p1: 'p1 v1' }), eventually);
    expect(proxy.feedRequests).toBeGreaterThan(0);
    expect(proxy.upgrades).toBe(0);

    proxy.refuseUpgrades = false;
    await vi.waitFor(() => expect(live.feed.transport).toBe('socket'), eventually);
    await writeNotes(tablet.app, ['p2']);
    await vi.waitFor(() => expect(notes(phone.app)).toEqual({ p1: 'p1 v1', p2: 'p2 v1' }), eventually);
    expect(live.transports).toEqual(['connecting', 'polling', 'socket']);
    expect(new Set(live.keys).size).toBe(live.keys.length);
  });

  it('when upgrades go into a black hole, the client should give up on each socket and long-poll', async () => {
    proxy = await NetworkProxy.start(backend.url);
    proxy.stallUpgrades = true;
    const phone = await account();
    const tablet = await sameUser(phone.email, { direct: true });
    const live = follow(phone.app, { socketAttempts: 2, firstPageTimeoutMs: 300, waitSeconds: 1 });
    await vi.waitFor(() => expect(live.feed.transport).toBe('polling'), eventually);
    await writeNotes(tablet.app, ['h1']);
    await vi.waitFor(() => expect(notes(phone.app)).toEqual({ h1: 'h1 v1' }), eventually);
    expect(live.transports).toEqual(['connecting', 'polling']);
  });

  it('when no WebSocket exists (an old runtime), the client should long-poll from the start', async () => {
    proxy = await NetworkProxy.start(backend.url);
    const phone = await account();
    const tablet = await sameUser(phone.email, { direct: true });
    const live = follow(phone.app, { WebSocket: null, waitSeconds: 1 });
    await writeNotes(tablet.app, ['w1']);
    await vi.waitFor(() => expect(notes(phone.app)).toEqual({ w1: 'w1 v1' }), eventually);
    expect(live.transports).toEqual(['connecting', 'polling']);
    expect(proxy.upgrades).toBe(0);
  });

  it('when the session is revoked, the socket should close and the client stop as signed out, without reconnecting', async () => {
    proxy = await NetworkProxy.start(backend.url);
    const phone = await account();
    const tablet = await sameUser(phone.email, { direct: true });
    const live = follow(phone.app);
    await vi.waitFor(() => expect(live.feed.transport).toBe('socket'), eventually);
    await tablet.app.session.request('POST', '/v1/auth/logout-all');
    await vi.waitFor(() => expect(live.feed.transport).toBe('signed-out'), eventually);
    expect(phone.app.session.userId).toBeUndefined();
    expect(proxy.upgrades).toBe(1);
    expect(live.transports).toEqual(['connecting', 'socket', 'signed-out']);
  });
});

describe('client SDK realtime: a socket that outlives its access token', () => {
  let backend: TestBackend;
  let proxy: NetworkProxy;
  const apps = sdkApps(
    () => backend.url,
    () => proxy.url,
  );

  beforeAll(async () => {
    const schema = { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] };
    backend = await startTestBackend('embedded', {
      collections: { notes: { scope: 'private', conflict: 'lww', schema } },
      // The shortest lifetime allowed: the SDK refreshes 30 s before expiry, so within a second.
      env: { ACCESS_TOKEN_TTL_SECONDS: '31', REALTIME_HEARTBEAT_SECONDS: '1' },
    });
    proxy = await NetworkProxy.start(backend.url);
  }, 60_000);
  afterAll(async () => {
    apps.stopAll();
    await proxy.stop();
    await backend.stop();
  });

  it('when the access token nears expiry, the client should re-authenticate on the open socket and keep it past the old expiry', async () => {
    const phone = await apps.account();
    const tablet = await apps.sameUser(phone.email, { direct: true });
    const firstToken = (await phone.app.session.accessToken()).token;
    const feed = phone.app.startRealtime({ backoff: { baseMs: 20, capMs: 200 }, WebSocket });
    await vi.waitFor(() => expect(feed.transport).toBe('socket'), eventually);
    // Past the first token's expiry (31 s): without a Reauthenticate the server closes with 4001.
    await new Promise((resolve) => setTimeout(resolve, 33_000));
    await tablet.app.write({ collection: 'notes', documentId: 'late', op: 'put', set: { title: 'late' } });
    await tablet.app.flush();
    await vi.waitFor(() => expect(phone.app.documents.synced('notes', 'late')).toBeDefined(), eventually);
    expect(proxy.upgrades).toBe(1);
    expect((await phone.app.session.accessToken()).token).not.toBe(firstToken);
  }, 90_000);
});
