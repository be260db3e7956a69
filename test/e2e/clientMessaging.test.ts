import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import type {
  ApiError,
  EventideClient,
  MemoryStorage,
  OutboxMessage,
  SentMessage,
} from '../../client/index.js';
import { eventually, fastRealtime as realtime, sdkAppsOnEmbedded } from '../support/index.js';

interface ServerMessage {
  id: string;
  seq: number;
  clientMessageId: string;
  text: string;
}

describe('client SDK messaging: the outbox, presence and typing', () => {
  const apps = sdkAppsOnEmbedded();
  const { directConversation } = apps;
  /** An app whose outbox retries fast and records its answers and refusals. */
  const outboxApp = (storage?: MemoryStorage) => {
    const sent: SentMessage[] = [];
    const failed: [OutboxMessage, ApiError][] = [];
    const outbox = {
      backoff: { baseMs: 20, capMs: 200 },
      onSent: (_: OutboxMessage, answer: SentMessage) => sent.push(answer),
      onFailed: (message: OutboxMessage, error: ApiError) => failed.push([message, error]),
    };
    return { sent, failed, options: { client: { outbox }, ...(storage ? { storage } : {}) } };
  };
  const serverMessages = async (app: EventideClient, conversationId: string): Promise<ServerMessage[]> => {
    const response = await app.session.request(
      'GET',
      `/v1/conversations/${conversationId}/messages?limit=50`,
    );
    return ((await response.json()) as { messages: ServerMessage[] }).messages;
  };

  it('when messages are sent offline, the outbox should keep them across a restart and send them in order once the network returns, each once on the server', async () => {
    const proxy = await apps.startProxy();
    const first = outboxApp();
    const ann = await apps.account(first.options);
    const bob = await apps.account({ direct: true });
    const conversation = await directConversation(ann.app, bob.userId);

    proxy.goOffline();
    for (const text of ['one', 'two', 'three']) await ann.app.sendMessage(conversation, text);
    // Saved before any request: the storage holds them, in order, each with its client id.
    const saved = JSON.parse((await ann.storage.get('outbox'))!) as OutboxMessage[];
    expect(saved.map((m) => m.text)).toEqual(['one', 'two', 'three']);
    expect(new Set(saved.map((m) => m.clientMessageId)).size).toBe(3);
    expect(ann.app.messages(conversation).map((m) => [m.text, m.state])).toEqual([
      ['one', 'pending'],
      ['two', 'pending'],
      ['three', 'pending'],
    ]);

    // The app is killed and started again, offline; then the network returns, and the first
    // answer is lost after the server acted on it (the retry must not double the message).
    ann.app.stop();
    const second = outboxApp(ann.storage);
    const restarted = await apps.app(second.options);
    expect(restarted.app.outbox.pending.map((m) => m.clientMessageId)).toEqual(
      saved.map((m) => m.clientMessageId),
    );
    restarted.network.dropResponses = 1;
    proxy.online = true;
    // Long-polling: with a socket open the sends would go as commands, not through this fetch.
    restarted.app.startRealtime({ ...realtime, WebSocket: null });

    await vi.waitFor(() => {
      expect(restarted.app.outbox.pending).toEqual([]);
      expect(restarted.app.messages(conversation).map((m) => m.state)).toEqual([
        'synced',
        'synced',
        'synced',
      ]);
    }, eventually);
    expect(restarted.network.dropResponses).toBe(0);
    expect(second.sent.map((s) => s.seq)).toEqual([1, 2, 3]);

    const onServer = await vi.waitFor(async () => {
      const messages = await serverMessages(bob.app, conversation);
      expect(messages).toHaveLength(3);
      return messages;
    }, eventually);
    expect(onServer.map((m) => [m.seq, m.text, m.clientMessageId])).toEqual(
      [...saved].reverse().map((m, i) => [3 - i, m.text, m.clientMessageId]),
    );
    // Each message once in the app too, though both the answer and the feed brought its id.
    const shown = restarted.app.messages(conversation);
    expect(shown.map((m) => m.text)).toEqual(['one', 'two', 'three']);
    expect(shown.map((m) => m.id)).toEqual([...onServer].reverse().map((m) => m.id));
    expect(restarted.app.outbox.sent.size).toBe(0);
  });

  it('when the server refuses a message for good, it should leave the outbox as failed and the next ones still go', async () => {
    await apps.startProxy();
    const probe = outboxApp();
    const ann = await apps.account(probe.options);
    const bob = await apps.account({ direct: true });
    const conversation = await directConversation(ann.app, bob.userId);
    const elsewhere = randomUUID();

    await ann.app.sendMessage(elsewhere, 'not a member');
    await ann.app.sendMessage(conversation, 'x'.repeat(5_000));
    await ann.app.sendMessage(conversation, 'hello');
    await vi.waitFor(() => expect(ann.app.outbox.pending).toEqual([]), eventually);
    expect(probe.failed.map(([m, e]) => [m.text.slice(0, 12), e.status])).toEqual([
      ['not a member', 404],
      ['xxxxxxxxxxxx', 422],
    ]);
    expect(probe.sent.map((s) => s.text)).toEqual(['hello']);
    await vi.waitFor(
      async () => expect((await serverMessages(bob.app, conversation)).map((m) => m.text)).toEqual(['hello']),
      eventually,
    );
  });

  it('when a user sets presence and types, their contact should see it, with keystrokes throttled to the server limit', async () => {
    const proxy = await apps.startProxy();
    const ann = await apps.account();
    const bob = await apps.account({ direct: true });
    const stranger = await apps.account({ direct: true });
    const conversation = await directConversation(ann.app, bob.userId);

    expect(await ann.app.presence.setPresence('online')).toMatchObject({
      userId: ann.userId,
      status: 'online',
    });
    const seen = await bob.app.presence.getPresence([ann.userId, stranger.userId]);
    expect(seen.map((p) => [p.userId, p.status])).toEqual([[ann.userId, 'online']]);

    const typed: boolean[] = [];
    for (let i = 0; i < 5; i++) typed.push(await ann.app.presence.typing(conversation));
    expect(typed).toEqual([true, false, false, false, false]);
    expect(proxy.requests.filter((r) => r.endsWith('/typing'))).toHaveLength(1);
    expect(await bob.app.presence.whoIsTyping(conversation)).toEqual([ann.userId]);
    // Sending the message ends the throttle: the next keystroke signals at once.
    await ann.app.sendMessage(conversation, 'hi');
    expect(await ann.app.presence.typing(conversation)).toBe(true);

    await ann.app.presence.setPresence('away');
    expect((await bob.app.presence.getPresence([ann.userId]))[0]?.status).toBe('away');
    await ann.app.presence.goOffline();
    const after = await bob.app.presence.getPresence([ann.userId]);
    expect(after[0]).toMatchObject({ status: 'offline' });
    expect(after[0]?.lastSeenAt).toEqual(expect.any(String));
  });
});
