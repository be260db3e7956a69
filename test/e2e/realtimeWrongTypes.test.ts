import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type Api } from '../support/api.js';
import { FeedSocket } from '../support/realtimeClients.js';
import { FeedSocketIo } from '../support/socketIoFeed.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';
import { annBobAndCy, type Someone } from '../support/index.js';

/**
 * Frames whose fields have the wrong JSON type. protobufjs's fromObject turns them into something
 * valid (7 into "7", ["id"] into "id", "false" into true, 1.5 into 1), so a hostile or buggy
 * client's command used to run; proto3 JSON refuses them, and so does the binary decoder.
 */
describe('realtime frames with wrong types (embedded)', () => {
  let backend: TestBackend;
  let client: Api;
  let ann: Someone;
  let bob: Someone;
  let conversation: string;
  const head = () => backend.process.infra.store.lastPosition();
  const wrongCommands = () => [
    { sendMessage: { conversationId: conversation, clientMessageId: randomUUID(), text: 7 } },
    { sendMessage: { conversationId: conversation, clientMessageId: randomUUID(), text: ['hi'] } },
    { sendMessage: { conversationId: [conversation], clientMessageId: randomUUID(), text: 'hi' } },
    {
      sendMessage: {
        conversationId: conversation,
        clientMessageId: randomUUID(),
        text: 'hi',
        attachments: 'x',
      },
    },
    { markReceipts: { conversationId: conversation, delivered: 1.5 } },
    { markReceipts: { conversationId: conversation, read: 'abc' } },
    { typing: { conversationId: [conversation] } },
    { setPresence: { status: ['online'] } },
  ];

  beforeAll(async () => {
    backend = await startTestBackend('embedded');
    client = api(backend.url);
    ({ ann, bob, conversation } = await annBobAndCy(client));
    // A message for the receipts to point at.
    const sent = await client.post(
      `/v1/conversations/${conversation}/messages`,
      { clientMessageId: randomUUID(), text: 'first' },
      { token: bob.token },
    );
    expect(sent.status).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await backend?.stop();
  });

  it('when a JSON frame has a field of the wrong type, the socket should close with 1007 and nothing should be appended', async () => {
    const frames = [
      ...wrongCommands().map((command) => ({ command: { id: randomUUID(), ...command } })),
      { command: { id: 7, typing: { conversationId: conversation } } },
      { subscribe: { whole: 'false' } },
      { subscribe: { limit: 'abc' } },
      { subscribe: { collections: 'notes' } },
      { reauthenticate: { accessToken: 12 } },
      { watch: { conversationIds: [1, 2] } },
      // Two frames in one: which would run?
      { subscribe: {}, watch: {} },
    ];
    const before = await head();
    for (const frame of frames) {
      const socket = FeedSocket.open(backend.url, ann.token, 'eventide.v1.json');
      await socket.opened;
      socket.ws.send(JSON.stringify(frame));
      expect(await socket.closed(), JSON.stringify(frame)).toBe(1007);
      expect(socket.frames, JSON.stringify(frame)).toEqual([]);
    }
    expect(await head()).toBe(before);
    // What the SDK sends still goes: int64s as numbers or decimal strings, empty strings and lists.
    const socket = FeedSocket.open(backend.url, ann.token, 'eventide.v1.json');
    await socket.opened;
    const marks = { conversationId: conversation, delivered: '1', read: 1 };
    expect((await socket.command(randomUUID(), { markReceipts: marks })).status).toBe(200);
    const send = {
      conversationId: conversation,
      clientMessageId: randomUUID(),
      text: 'ok',
      attachments: [],
      replyTo: '',
    };
    expect((await socket.command(randomUUID(), { sendMessage: send })).status).toBe(201);
    socket.ws.terminate();
  });

  // Once, 7 was sent as the text "7" and 1.5 marked delivered up to 1.
  it('when a Socket.IO command has a field of the wrong type, it should be refused (validation) and nothing appended', async () => {
    const socket = new FeedSocketIo(backend.url, { token: ann.token });
    expect(await socket.opened()).toBe('connected');
    try {
      const before = await head();
      for (const command of wrongCommands()) {
        const answer = await socket.ask('command', { id: randomUUID(), ...command });
        expect(answer, JSON.stringify(command)).toMatchObject({ error: { type: 'validation' } });
      }
      expect(await head()).toBe(before);
    } finally {
      socket.close();
    }
  });
});
