import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type Api } from '../support/api.js';
import { FeedSocketIo } from '../support/socketIoFeed.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';
import { annBobAndCy, type Someone } from '../support/index.js';

type Result = { id: string; status: number; position?: string; type?: string; body?: string };

const eventsOf = (socket: FeedSocketIo, event: string) =>
  socket.events.filter((e) => e.event === event).map((e) => e.args[0] as Record<string, unknown>);

describe('commands and watch over Socket.IO (embedded)', () => {
  let backend: TestBackend;
  let client: Api;
  let ann: Someone;
  let bob: Someone;
  let cy: Someone;
  let conversation: string;
  const sockets: FeedSocketIo[] = [];
  const open = async (who: Someone) => {
    const socket = new FeedSocketIo(backend.url, { token: who.token });
    sockets.push(socket);
    expect(await socket.opened()).toBe('connected');
    return socket;
  };

  beforeAll(async () => {
    backend = await startTestBackend('embedded');
    client = api(backend.url);
    ({ ann, bob, cy, conversation } = await annBobAndCy(client));
  }, 60_000);
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await backend?.stop();
  });

  it("a message sent over Socket.IO is acknowledged with its position, and the other member's socket gets it in a page", async () => {
    const bobs = await open(bob);
    await bobs.subscribe('', { collections: ['messages'] });
    const anns = await open(ann);
    const sent = await anns.ask<Result>('command', {
      id: 'c-1',
      sendMessage: { conversationId: conversation, clientMessageId: 'm-1', text: 'hello' },
    });
    expect(sent).toMatchObject({ id: 'c-1', status: 201 });
    expect(Number(sent.position)).toBeGreaterThan(0);
    const answer = JSON.parse(sent.body!) as { id: string; position: number };
    expect(answer.position).toBe(Number(sent.position));
    await bobs.until((s) => s.pages.some((p) => (p.changes ?? []).some((c) => c.id === answer.id)));
  });

  it('a refused command is acknowledged with the Problem type, and the connection stays', async () => {
    const cys = await open(cy);
    const outsider = await cys.ask<Result>('command', {
      id: 'x-1',
      sendMessage: { conversationId: conversation, clientMessageId: 'x', text: 'let me in' },
    });
    expect(outsider).toMatchObject({ id: 'x-1', status: 404, type: 'conversation-not-found' });
    expect(
      await cys.ask<Result>('command', { id: '', typing: { conversationId: conversation } }),
    ).toMatchObject({ status: 400, type: 'bad-command-id' });
    expect(await cys.ask('command', 'not a command')).toMatchObject({ error: { type: 'validation' } });
    expect(cys.disconnected).toBeUndefined();
  });

  it("watch gives a contact's presence and the typing of a shared conversation, never a non-member's", async () => {
    const bobs = await open(bob);
    const cys = await open(cy);
    expect(await bobs.ask('watch', {})).toEqual({ watching: { users: 1, conversations: 1 } });
    expect(await cys.ask('watch', {})).toEqual({ watching: { users: 0, conversations: 0 } });
    expect(await cys.ask('watch', { conversationIds: [conversation] })).toEqual({
      watchError: { type: 'not-found', detail: 'Conversation not found' },
    });

    const put = await client.request('PUT', '/v1/me/presence', {
      token: ann.token,
      body: { status: 'online' },
    });
    expect(put.status).toBe(200);
    await bobs.until((s) => eventsOf(s, 'presence').some((p) => p.userId === ann.userId));
    expect(eventsOf(bobs, 'presence').find((p) => p.userId === ann.userId)).toMatchObject({
      status: 'online',
    });

    const anns = await open(ann);
    expect(await anns.ask('command', { id: 't-1', typing: { conversationId: conversation } })).toMatchObject({
      status: 204,
    });
    await bobs.until((s) => eventsOf(s, 'typing').length === 1);
    expect(eventsOf(bobs, 'typing')).toEqual([{ conversationId: conversation, userId: ann.userId }]);
    // Cy shares nothing with Ann: neither her presence nor her typing reached him.
    expect(eventsOf(cys, 'presence')).toEqual([]);
    expect(eventsOf(cys, 'typing')).toEqual([]);
  });

  it('an outbox of 40 messages flushed at once is taken whole: commands count against their own per-minute limit, not the 30-event budget', async () => {
    const anns = await open(ann);
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        anns.ask<Result>('command', {
          id: `flush-${n}`,
          sendMessage: { conversationId: conversation, clientMessageId: `flush-${n}`, text: `queued ${n}` },
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 40 }, () => 201));
    expect(anns.disconnected).toBeUndefined();
  });

  it('malformed commands and watches count against the event budget: a flood of them ends the connection', async () => {
    const cys = await open(cy);
    for (let n = 0; n < 20; n++) cys.socket.emit('command', 'not a command', () => undefined);
    for (let n = 0; n < 20; n++) cys.socket.emit('watch', { conversationIds: 'nope' }, () => undefined);
    expect(await cys.closed()).toBe('io server disconnect');
    expect(cys.end).toEqual({ reason: 'too-many-events', code: 1008 });
  });
});
