import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { EventideClient } from '../../client/index.js';
import { NetworkProxy } from '../support/NetworkProxy.js';
import { sdkApps } from '../support/sdkApps.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

const eventually = { timeout: 20_000, interval: 20 };
const realtime = { backoff: { baseMs: 20, capMs: 200 }, WebSocket };

interface Member {
  userId: string;
  deliveredUpTo: number;
  readUpTo: number;
}

describe('client SDK over the socket: delivered receipts, commands, watch', () => {
  let backend: TestBackend;
  let proxy: NetworkProxy;

  beforeAll(async () => {
    backend = await startTestBackend('embedded');
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
  });
  afterEach(async () => {
    apps.stopAll();
    await proxy?.stop();
  });

  const apps = sdkApps(
    () => backend.url,
    () => proxy.url,
  );
  const json = (body: unknown) => ({
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const directConversation = async (app: EventideClient, userId: string): Promise<string> => {
    const response = await app.session.request('POST', '/v1/conversations', json({ kind: 'direct', userId }));
    return ((await response.json()) as { id: string }).id;
  };
  const members = async (app: EventideClient, conversationId: string): Promise<Member[]> => {
    const response = await app.session.request('GET', `/v1/conversations/${conversationId}`);
    return ((await response.json()) as { members: Member[] }).members;
  };
  const post = (app: EventideClient, conversationId: string, text: string) =>
    app.session.request(
      'POST',
      `/v1/conversations/${conversationId}/messages`,
      json({ clientMessageId: crypto.randomUUID(), text }),
    );

  it("when another member's messages arrive over the socket, the SDK should send one delivered receipt (over the socket) and the server should hold the member's marker at the highest seq", async () => {
    proxy = await NetworkProxy.start(backend.url);
    const ann = await apps.account({ direct: true });
    const bob = await apps.account();
    const conversation = await directConversation(ann.app, bob.userId);
    bob.app.startRealtime(realtime);
    await expect.poll(() => bob.app.commands.open, eventually).toBe(true);

    for (const text of ['one', 'two', 'three']) await post(ann.app, conversation, text);
    await expect
      .poll(
        async () =>
          (await members(ann.app, conversation)).find((m) => m.userId === bob.userId)?.deliveredUpTo,
        eventually,
      )
      .toBe(3);
    // Over the socket: no receipts request reached the backend over HTTP.
    expect(proxy.requests.filter((r) => r.includes('/receipts'))).toEqual([]);
    // Bob's own markers are not ahead of what he was given, and markRead moves the read marker.
    await bob.app.markRead(conversation, 2);
    await expect
      .poll(
        async () => (await members(ann.app, conversation)).find((m) => m.userId === bob.userId)?.readUpTo,
        eventually,
      )
      .toBe(2);
  });

  it('when the feed comes by pull (no socket), the delivered receipt should go over HTTP', async () => {
    proxy = await NetworkProxy.start(backend.url);
    const ann = await apps.account({ direct: true });
    const bob = await apps.account();
    const conversation = await directConversation(ann.app, bob.userId);
    await post(ann.app, conversation, 'hello');
    await post(ann.app, conversation, 'again');
    await bob.app.pull();
    await expect
      .poll(
        async () =>
          (await members(ann.app, conversation)).find((m) => m.userId === bob.userId)?.deliveredUpTo,
        eventually,
      )
      .toBe(2);
    expect(
      proxy.requests.filter((r) => r.startsWith(`POST /v1/conversations/${conversation}/receipts`)),
    ).toHaveLength(1);
  });
});
