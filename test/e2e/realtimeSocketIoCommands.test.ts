import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, iosDevice, type Api } from '../support/api.js';
import { FeedSocketIo } from '../support/socketIoFeed.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

type Someone = { userId: string; token: string };
type Result = { id: string; status: number; position?: string; type?: string; body?: string };

const register = async (client: Api, name: string): Promise<Someone> => {
  const response = await client.post<{ user: { id: string }; accessToken: string }>('/v1/auth/register', {
    email: `${randomUUID()}@example.com`,
    password: 'correct horse battery staple',
    displayName: name,
    device: { ...iosDevice, installationId: randomUUID() },
  });
  expect(response.status, response.raw.toString()).toBe(201);
  return { userId: response.body.user.id, token: response.body.accessToken };
};

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
    [ann, bob, cy] = [
      await register(client, 'Ann'),
      await register(client, 'Bob'),
      await register(client, 'Cy'),
    ];
    const created = await client.post<{ id: string; position: number }>(
      '/v1/conversations',
      { kind: 'direct', userId: bob.userId },
      { token: ann.token },
    );
    expect(created.status).toBe(201);
    conversation = created.body.id;
    for (const who of [ann, bob]) {
      const seen = await client.get(`/v1/conversations?min_position=${created.body.position}`, {
        token: who.token,
      });
      expect(seen.status).toBe(200);
    }
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
});
