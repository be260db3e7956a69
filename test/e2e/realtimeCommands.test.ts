import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type Api } from '../support/api.js';
import { freePort } from '../support/freePort.js';
import { FeedSocket } from '../support/realtimeClients.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';
import { annBobAndCy, registerSomeone, type Someone } from '../support/index.js';

type Message = { id: string; seq: number; text: string };

describe('commands over the realtime socket (embedded)', () => {
  let backend: TestBackend;
  let client: Api;
  let ann: Someone;
  let bob: Someone;
  let cy: Someone;
  let conversation: string;
  const sockets: FeedSocket[] = [];
  const open = async (who: Someone, protocol?: 'eventide.v1.json' | 'eventide.v1.proto') => {
    const socket = FeedSocket.open(backend.url, who.token, protocol);
    sockets.push(socket);
    await socket.opened;
    return socket;
  };
  /** The conversation's messages once the read model reaches `position`, oldest first. */
  const messages = async (position: string | number) =>
    (
      await client.get<{ messages: Message[] }>(
        `/v1/conversations/${conversation}/messages?min_position=${position}`,
        { token: ann.token },
      )
    ).body.messages.reverse();

  beforeAll(async () => {
    backend = await startTestBackend('embedded');
    client = api(backend.url);
    ({ ann, bob, cy, conversation } = await annBobAndCy(client));
  }, 60_000);
  afterAll(async () => {
    for (const socket of sockets) socket.ws.terminate();
    await backend?.stop();
  });

  it('a message sent over the socket is acknowledged with its position, and the other member gets it in a page; the same command id again does not duplicate it', async () => {
    const bobs = await open(bob);
    bobs.subscribe('', { collections: ['messages'] });
    await bobs.until((s) => s.pages.length >= 1);
    const anns = await open(ann);
    const send = { sendMessage: { conversationId: conversation, clientMessageId: 'm-1', text: 'hello' } };
    const sent = await anns.command('c-1', send);
    expect(sent).toMatchObject({ id: 'c-1', status: 201 });
    expect(Number(sent.position)).toBeGreaterThan(0);
    const answer = JSON.parse(sent.body!) as { id: string; seq: number; position: number };
    expect(answer).toMatchObject({ seq: 1, position: Number(sent.position) });

    await bobs.until((s) => s.pages.some((p) => (p.changes ?? []).some((c) => c.id === answer.id)));

    // A retry (the ack was lost): same answer, nothing appended; on another socket too.
    const again = await anns.command('c-1', send);
    expect(again).toMatchObject({ id: 'c-1', status: 201, position: sent.position, body: sent.body });
    const elsewhere = await (await open(ann, 'eventide.v1.json')).command('c-1', send);
    expect(JSON.parse(elsewhere.body!)).toEqual(answer);
    // The same command id for another command is refused, as a reused Idempotency-Key is.
    const reused = await anns.command('c-1', {
      sendMessage: { conversationId: conversation, clientMessageId: 'm-2', text: 'other' },
    });
    expect(reused).toMatchObject({ status: 422, type: 'idempotency-key-reused' });
    expect((await messages(sent.position!)).map((m) => m.text)).toEqual(['hello']);

    // Receipts go through the same way, and move bob's markers.
    const read = await bobs.command('r-1', { markReceipts: { conversationId: conversation, read: 1 } });
    expect(read).toMatchObject({ status: 200 });
    expect(Number(read.position)).toBeGreaterThan(Number(sent.position));
  });

  it('refused commands answer the Problem type, append nothing and keep the socket open', async () => {
    const cys = await open(cy);
    const outsider = await cys.command('x-1', {
      sendMessage: { conversationId: conversation, clientMessageId: 'x', text: 'let me in' },
    });
    expect(outsider).toMatchObject({ status: 404, type: 'conversation-not-found' });
    expect(outsider.retryable).toBeUndefined();
    expect(JSON.parse(outsider.body!)).toMatchObject({ status: 404 });
    expect(await cys.command('x-2', { typing: { conversationId: conversation } })).toMatchObject({
      status: 404,
      type: 'not-found',
    });
    expect((await cys.command('x-3', { markReceipts: { conversationId: 'nope', read: 1 } })).status).toBe(
      404,
    );

    const anns = await open(ann, 'eventide.v1.json');
    const long = await anns.command('l-1', {
      sendMessage: { conversationId: conversation, clientMessageId: 'long', text: 'a'.repeat(4001) },
    });
    expect(long.status).toBe(422);
    expect(long.type).toMatch(/text.too.long/);
    const badStatus = await anns.command('p-1', { setPresence: { status: 'asleep' } });
    expect(badStatus).toMatchObject({ status: 400 });
    const noMarker = await anns.command('r-1', { markReceipts: { conversationId: conversation } });
    expect(noMarker).toMatchObject({ status: 400 });
    expect(await anns.command('n-1', {})).toMatchObject({ status: 400, type: 'unknown-command' });
    expect(await anns.command('', { typing: { conversationId: conversation } })).toMatchObject({
      status: 400,
      type: 'bad-command-id',
    });
    expect(anns.closeCode).toBeUndefined();
    expect(cys.closeCode).toBeUndefined();

    // Nothing was appended: the next message is number 2, after 'hello' only.
    const next = await anns.command('ok-1', {
      sendMessage: { conversationId: conversation, clientMessageId: 'm-3', text: 'still here' },
    });
    expect(JSON.parse(next.body!)).toMatchObject({ seq: 2 });
    expect((await messages(next.position!)).map((m) => m.text)).toEqual(['hello', 'still here']);
  });

  it('a command frame that does not decode closes the socket with 1007, as any bad frame', async () => {
    const json = await open(ann, 'eventide.v1.json');
    json.send({ command: { id: 'b-1', sendMessage: { attachments: 'not a list' } } });
    expect(await json.closed()).toBe(1007);
    const binary = await open(ann);
    binary.ws.send(Buffer.from([0x1a, 0xff, 0xff, 0xff, 0xff, 0x0f]));
    expect(await binary.closed()).toBe(1007);
  });
});

describe('commands over the socket when the command API is away, and floods', () => {
  let backend: TestBackend;

  beforeAll(async () => {
    // Nothing listens at REALTIME_COMMAND_URL.
    const port = await freePort();
    backend = await startTestBackend('embedded', {
      env: { REALTIME_COMMAND_URL: `http://127.0.0.1:${port}`, REALTIME_COMMANDS_PER_MINUTE: '3' },
    });
  }, 60_000);
  afterAll(async () => {
    await backend?.stop();
  });

  it('an unreachable command API gives a retryable result; over the per-socket limit, 429 without relaying', async () => {
    const client = api(backend.url);
    const ann = await registerSomeone(client, 'Ann');
    const socket = FeedSocket.open(backend.url, ann.token);
    await socket.opened;
    const results = [];
    for (let n = 0; n < 5; n++)
      results.push(await socket.command(`p-${n}`, { setPresence: { status: 'online' } }));
    expect(results.slice(0, 3)).toEqual(
      [0, 1, 2].map((n) =>
        expect.objectContaining({
          id: `p-${n}`,
          status: 503,
          type: 'command-api-unavailable',
          retryable: true,
        }),
      ),
    );
    expect(results.slice(3)).toEqual(
      [3, 4].map((n) =>
        expect.objectContaining({ id: `p-${n}`, status: 429, type: 'too-many-commands', retryable: true }),
      ),
    );
    expect(Number(results[4]!.retryAfterMs)).toBeGreaterThan(0);
    expect(socket.closeCode).toBeUndefined();
    socket.ws.close();
    await socket.closed();
  });
});
