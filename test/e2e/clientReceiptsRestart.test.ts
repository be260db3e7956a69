import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EventideClient } from '../../client/index.js';
import { NetworkProxy } from '../support/NetworkProxy.js';
import { sdkApps } from '../support/sdkApps.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

const eventually = { timeout: 20_000, interval: 20 };
/** No automatic retry within the test: what goes out after a restart is what storage kept. */
const receipts = { backoff: { baseMs: 600_000, capMs: 600_000 } };

describe('client SDK: delivered markers across an app restart', () => {
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
  const send = async (app: EventideClient, path: string, method: string, body: unknown) => {
    const response = await app.session.request(method, path, json(body));
    return (await response.json()) as { id: string };
  };
  const deliveredUpTo = async (app: EventideClient, conversationId: string, userId: string) => {
    const response = await app.session.request('GET', `/v1/conversations/${conversationId}`);
    const { members } = (await response.json()) as { members: { userId: string; deliveredUpTo: number }[] };
    return members.find((m) => m.userId === userId)?.deliveredUpTo;
  };
  const receiptRequests = (conversation: string) =>
    proxy.requests.filter((r) => r.startsWith(`POST /v1/conversations/${conversation}/receipts`));

  it('a delivered marker the server never took is sent by the app after a restart, and one it took is not sent again when the message changes', async () => {
    proxy = await NetworkProxy.start(backend.url);
    const ann = await apps.account({ direct: true });
    // Bob's first run: his receipts never get through (the request fails before the proxy).
    let receiptsBlocked = true;
    const blocking: typeof fetch = (input, init) =>
      receiptsBlocked && String(input instanceof Request ? input.url : input).includes('/receipts')
        ? Promise.reject(new TypeError('fetch failed: offline'))
        : fetch(input, init);
    const bob = await apps.account({ client: { fetch: blocking, receipts } });
    const conversation = (
      await send(ann.app, '/v1/conversations', 'POST', { kind: 'direct', userId: bob.userId })
    ).id;
    const messages: string[] = [];
    for (const text of ['one', 'two'])
      messages.push(
        (
          await send(ann.app, `/v1/conversations/${conversation}/messages`, 'POST', {
            clientMessageId: crypto.randomUUID(),
            text,
          })
        ).id,
      );

    await bob.app.pull();
    await expect
      .poll(() => bob.storage.get('receipts'), eventually)
      .toContain(`"delivered ${conversation}":2`);
    bob.app.stop();
    expect(await deliveredUpTo(ann.app, conversation, bob.userId)).toBe(0);
    expect(receiptRequests(conversation)).toEqual([]);

    // Restarted on the same storage: the marker is still wanted, and goes once the app is connected.
    receiptsBlocked = false;
    const second = await apps.app({ storage: bob.storage, client: { receipts } });
    expect([...second.app.receipts.pending]).toEqual([[`delivered ${conversation}`, 2]]);
    second.app.startRealtime({ backoff: { baseMs: 20, capMs: 200 }, WebSocket: null, waitSeconds: 1 });
    await expect.poll(() => deliveredUpTo(ann.app, conversation, bob.userId), eventually).toBe(2);
    await expect.poll(() => second.app.receipts.pending.size, eventually).toBe(0);
    expect(receiptRequests(conversation)).toHaveLength(1);
    await expect
      .poll(() => second.storage.get('receipts'), eventually)
      .toBe(JSON.stringify({ wanted: {}, acknowledged: { [`delivered ${conversation}`]: 2 } }));
    second.app.stop();

    // Restarted again: Ann edits message 2; the feed brings it to Bob again, but he said so already.
    const third = await apps.app({ storage: bob.storage, client: { receipts } });
    await send(ann.app, `/v1/conversations/${conversation}/messages/${messages[1]}`, 'PATCH', {
      text: 'two, edited',
    });
    await expect
      .poll(async () => (await third.app.pull(), third.app.read('messages', messages[1]!)?.text), eventually)
      .toBe('two, edited');
    await third.app.receipts.flush();
    expect(third.app.receipts.pending.size).toBe(0);
    expect(receiptRequests(conversation)).toHaveLength(1);
  });
});
