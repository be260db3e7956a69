import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type Api } from '../support/api.js';
import { FeedSocket, FeedStream } from '../support/realtimeClients.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';
import { registerSomeone, startRedisPair, type Someone } from '../support/index.js';
import { WATCHES_PER_MINUTE } from '../../features/realtime/PresenceWatch.js';

type PresenceFrame = { userId: string; status: string; lastSeenAt?: string };
type TypingFrame = { conversationId: string; userId: string };

/** Creates a conversation and waits until the read model holds it. */
async function converse(client: Api, by: Someone, body: Record<string, unknown>): Promise<string> {
  const created = await client.post<{ id: string; position: number }>('/v1/conversations', body, {
    token: by.token,
  });
  expect(created.status).toBe(201);
  const seen = await client.get(`/v1/conversations?min_position=${created.body.position}`, {
    token: by.token,
  });
  expect(seen.status).toBe(200);
  return created.body.id;
}

const heartbeat = async (client: Api, who: Someone, status = 'online') =>
  expect(
    (await client.request('PUT', '/v1/me/presence', { token: who.token, body: { status } })).status,
  ).toBe(200);

describe('presence and typing over the realtime socket (embedded)', () => {
  let backend: TestBackend;
  let client: Api;
  const sockets: FeedSocket[] = [];
  const open = async (who: Someone) => {
    const socket = FeedSocket.open(backend.url, who.token);
    sockets.push(socket);
    await socket.opened;
    return socket;
  };
  const presenceOf = (socket: FeedSocket, userId?: string) =>
    socket.framesOf<PresenceFrame>('presence').filter((p) => userId === undefined || p.userId === userId);

  beforeAll(async () => {
    // Heartbeats far apart: nothing here may wait for one.
    backend = await startTestBackend('embedded', { env: { REALTIME_HEARTBEAT_SECONDS: '300' } });
    client = api(backend.url);
  }, 60_000);
  afterAll(async () => {
    for (const socket of sockets) socket.ws.terminate();
    await backend?.stop();
  });

  it("a contact's presence arrives, a non-contact's never; a hidden user appears offline with no last seen", async () => {
    const [ann, bob, cy] = [
      await registerSomeone(client, 'Ann'),
      await registerSomeone(client, 'Bob'),
      await registerSomeone(client, 'Cy'),
    ];
    await converse(client, ann, { kind: 'direct', userId: bob.userId });
    const bobs = await open(bob);
    expect(await bobs.watch()).toEqual({ watching: { users: 1, conversations: 1 } });

    await heartbeat(client, cy); // shares nothing with Bob
    const anns = await open(ann);
    expect(await anns.command('p-1', { setPresence: { status: 'online' } })).toMatchObject({ status: 200 });
    await bobs.until(() => presenceOf(bobs, ann.userId).length === 1);
    expect(presenceOf(bobs)).toEqual([
      { userId: ann.userId, status: 'online', lastSeenAt: expect.any(String) },
    ]);

    const hide = await client.request('PUT', '/v1/me/presence/visibility', {
      token: ann.token,
      body: { hidden: true },
    });
    expect(hide.status).toBe(200);
    await anns.command('p-2', { setPresence: { status: 'online' } });
    await bobs.until(() => presenceOf(bobs, ann.userId).length === 3);
    // Hidden: offline, and no last seen at all (an empty string is left out of proto3 JSON).
    expect(presenceOf(bobs).slice(1)).toEqual([
      { userId: ann.userId, status: 'offline' },
      { userId: ann.userId, status: 'offline' },
    ]);
    await heartbeat(client, cy);
    await anns.command('p-3', { setPresence: { status: 'offline' } });
    await bobs.until(() => presenceOf(bobs, ann.userId).length === 4);
    expect(presenceOf(bobs, cy.userId)).toEqual([]);
  });

  it('typing arrives to the members of the conversation only, never echoed to the typist', async () => {
    const [ann, bob, cy] = [
      await registerSomeone(client, 'Ann'),
      await registerSomeone(client, 'Bob'),
      await registerSomeone(client, 'Cy'),
    ];
    const withBob = await converse(client, ann, { kind: 'direct', userId: bob.userId });
    const withCy = await converse(client, ann, { kind: 'direct', userId: cy.userId });
    const [anns, bobs, cys] = [await open(ann), await open(bob), await open(cy)];
    expect(await anns.watch()).toEqual({ watching: { users: 2, conversations: 2 } });
    expect(await bobs.watch()).toEqual({ watching: { users: 1, conversations: 1 } });
    expect(await cys.watch()).toEqual({ watching: { users: 1, conversations: 1 } });

    expect(await anns.command('t-1', { typing: { conversationId: withBob } })).toMatchObject({ status: 204 });
    expect(await anns.command('t-2', { typing: { conversationId: withCy } })).toMatchObject({ status: 204 });
    await cys.until((s) => s.framesOf('typing').length === 1);
    await bobs.until((s) => s.framesOf('typing').length === 1);
    expect(bobs.framesOf<TypingFrame>('typing')).toEqual([{ conversationId: withBob, userId: ann.userId }]);
    // Published on typing:<withBob> before typing:<withCy>: Cy would have had it first.
    expect(cys.framesOf<TypingFrame>('typing')).toEqual([{ conversationId: withCy, userId: ann.userId }]);
    // Bob types back: Ann gets it, her own typing never came back to her.
    await bobs.command('t-3', { typing: { conversationId: withBob } });
    await anns.until((s) => s.framesOf('typing').length === 1);
    expect(anns.framesOf<TypingFrame>('typing')).toEqual([{ conversationId: withBob, userId: bob.userId }]);
  });

  it('watching the typing of a conversation one is not in is refused with a watch error, and leaks nothing', async () => {
    const [ann, bob, cy] = [
      await registerSomeone(client, 'Ann'),
      await registerSomeone(client, 'Bob'),
      await registerSomeone(client, 'Cy'),
    ];
    const theirs = await converse(client, ann, { kind: 'direct', userId: bob.userId });
    const cys = await open(cy);
    expect(await cys.watch([theirs])).toEqual({
      watchError: { type: 'not-found', detail: 'Conversation not found' },
    });
    expect(await cys.watch([randomUUID()])).toEqual({
      watchError: { type: 'not-found', detail: 'Conversation not found' },
    });
    expect(await cys.watch(['../../etc'])).toMatchObject({ watchError: { type: 'not-found' } });
    const bobs = await open(bob);
    expect(await bobs.watch([theirs])).toEqual({ watching: { users: 1, conversations: 1 } });
    await (await open(ann)).command('t-1', { typing: { conversationId: theirs } });
    await bobs.until((s) => s.framesOf('typing').length === 1);
    expect(cys.framesOf('typing')).toEqual([]);
    expect(cys.closeCode).toBeUndefined();
  });

  it('a connection that keeps sending watches is refused past its budget, and its watch goes on', async () => {
    const [ann, bob] = [await registerSomeone(client, 'Ann'), await registerSomeone(client, 'Bob')];
    const theirs = await converse(client, ann, { kind: 'direct', userId: bob.userId });
    const bobs = await open(bob);
    for (let n = 0; n < WATCHES_PER_MINUTE; n++)
      expect(await bobs.watch()).toEqual({ watching: { users: 1, conversations: 1 } });
    expect(await bobs.watch()).toMatchObject({ watchError: { type: 'too-many-watches' } });
    // The watch in place still forwards.
    await (await open(ann)).command('t-1', { typing: { conversationId: theirs } });
    await bobs.until((s) => s.framesOf('typing').length === 1);
    expect(bobs.closeCode).toBeUndefined();
  });

  it("a member removed from a group stops being watched as soon as the viewer's feed moves, whatever the socket follows", async () => {
    const [ann, bob, dan] = [
      await registerSomeone(client, 'Ann'),
      await registerSomeone(client, 'Bob'),
      await registerSomeone(client, 'Dan'),
    ];
    const group = await converse(client, ann, {
      kind: 'group',
      name: 'Team',
      memberIds: [bob.userId, dan.userId],
    });
    const bobs = await open(bob);
    // No `conversations` page reaches this socket: the change tracker is what says Bob's feed moved.
    bobs.subscribe('', { collections: ['messages'] });
    await bobs.until((s) => s.pages.length >= 1);
    expect(await bobs.watch()).toEqual({ watching: { users: 2, conversations: 1 } });
    await heartbeat(client, dan);
    await bobs.until(() => presenceOf(bobs, dan.userId).length === 1);

    const removed = await client.delete(`/v1/conversations/${group}/members/${dan.userId}`, {
      token: ann.token,
    });
    expect(removed.status).toBe(200);
    // The change wakes the watch, which reads who again and says so (long before a heartbeat: 25 s).
    await bobs.until((s) => s.framesOf('watching').length === 2);
    expect(bobs.framesOf('watching')[1]).toEqual({ users: 1, conversations: 1 });
    await heartbeat(client, dan);
    await heartbeat(client, ann);
    await bobs.until(() => presenceOf(bobs, ann.userId).length === 1);
    expect(presenceOf(bobs, dan.userId)).toHaveLength(1);
  });
});

describe('presence and typing over Server-Sent Events (embedded)', () => {
  let backend: TestBackend;
  beforeAll(async () => {
    backend = await startTestBackend('embedded');
  }, 60_000);
  afterAll(async () => {
    await backend?.stop();
  });

  it('with presence=true the stream carries presence and typing events of contacts only, beside its pages', async () => {
    const client = api(backend.url);
    const [ann, bob, cy] = [
      await registerSomeone(client, 'Ann'),
      await registerSomeone(client, 'Bob'),
      await registerSomeone(client, 'Cy'),
    ];
    const conversation = await converse(client, ann, { kind: 'direct', userId: bob.userId });
    const stream = new FeedStream(`${backend.url}/v1/feed/stream?presence=true`, {
      authorization: `Bearer ${bob.token}`,
    });
    try {
      await stream.until((s) => s.events.some((e) => e.event === 'watching') && s.pages.length >= 1);
      expect(JSON.parse(stream.events.find((e) => e.event === 'watching')!.data)).toEqual({
        users: 1,
        conversations: 1,
      });
      await heartbeat(client, cy);
      await heartbeat(client, ann);
      expect(
        (await client.post(`/v1/conversations/${conversation}/typing`, {}, { token: ann.token })).status,
      ).toBe(204);
      await stream.until((s) => s.events.some((e) => e.event === 'typing'));
      const events = stream.events.filter((e) => e.event === 'presence' || e.event === 'typing');
      expect(events.map((e) => [e.event, e.id, JSON.parse(e.data) as unknown])).toEqual([
        ['presence', undefined, { userId: ann.userId, status: 'online', lastSeenAt: expect.any(String) }],
        ['typing', undefined, { conversationId: conversation, userId: ann.userId }],
      ]);
    } finally {
      stream.close();
    }
  });
});

describe('presence across query-api processes sharing Redis', () => {
  it('a presence published on process A reaches a socket on process B, and a command sent on B is relayed to A', async (ctx) => {
    const pair = await startRedisPair({
      b: { roles: ['query-api'], env: (a) => ({ REALTIME_COMMAND_URL: a.url }) },
    });
    if (!pair) return ctx.skip();
    const { a, b } = pair;
    const sockets: FeedSocket[] = [];
    try {
      const onA = api(a.url);
      const [ann, bob] = [await registerSomeone(onA, 'Ann'), await registerSomeone(onA, 'Bob')];
      const conversation = await converse(onA, ann, { kind: 'direct', userId: bob.userId });
      const bobOnB = FeedSocket.open(b.url, bob.token);
      const annOnA = FeedSocket.open(a.url, ann.token);
      sockets.push(bobOnB, annOnA);
      await Promise.all([bobOnB.opened, annOnA.opened]);
      expect(await bobOnB.watch()).toEqual({ watching: { users: 1, conversations: 1 } });

      await heartbeat(onA, ann);
      await bobOnB.until((s) => s.framesOf('presence').length === 1);
      expect(bobOnB.framesOf('presence')).toEqual([
        { userId: ann.userId, status: 'online', lastSeenAt: expect.any(String) },
      ]);
      await annOnA.command('t-1', { typing: { conversationId: conversation } });
      await bobOnB.until((s) => s.framesOf('typing').length === 1);

      // B runs no command API: its socket's command goes to A, and reaches the log.
      const sent = await bobOnB.command('c-1', {
        sendMessage: { conversationId: conversation, clientMessageId: 'm-1', text: 'from B' },
      });
      expect(sent).toMatchObject({ status: 201 });
      const read = await onA.get<{ messages: { text: string }[] }>(
        `/v1/conversations/${conversation}/messages?min_position=${sent.position}`,
        { token: ann.token },
      );
      expect(read.body.messages.map((m) => m.text)).toEqual(['from B']);
    } finally {
      for (const socket of sockets) socket.ws.terminate();
      await pair.stop();
    }
  }, 120_000);
});
