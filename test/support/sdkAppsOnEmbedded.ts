import { afterAll, beforeAll } from 'vitest';
import WebSocket from 'ws';
import type { EventideClient, RealtimeOptions } from '../../client/index.js';
import { NetworkProxy } from './NetworkProxy.js';
import { sdkAppsBehindProxy } from './sdkAppsBehindProxy.js';
import { startTestBackend, type TestBackend } from './startTestBackend.js';

/** How long the SDK tests wait for something to arrive, and how often they look. */
export const eventually = { timeout: 20_000, interval: 20 };
/** A realtime feed that reconnects fast, over the `ws` library. */
export const fastRealtime = { backoff: { baseMs: 20, capMs: 200 }, WebSocket } satisfies RealtimeOptions;

/**
 * SDK apps on an embedded backend booted once for the calling describe block, reaching it through
 * the NetworkProxy a test starts with `startProxy()` (see sdkAppsBehindProxy: apps and that proxy
 * are stopped after each test).
 */
export function sdkAppsOnEmbedded() {
  let backend: TestBackend;
  let proxy: NetworkProxy | undefined;
  beforeAll(async () => {
    backend = await startTestBackend('embedded');
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
  });
  const apps = sdkAppsBehindProxy(
    () => backend.url,
    () => proxy,
  );
  return {
    ...apps,
    backend: () => backend,
    async startProxy(): Promise<NetworkProxy> {
      proxy = await NetworkProxy.start(backend.url);
      return proxy;
    },
    /** The direct conversation of `app`'s user with `userId` (its id). */
    async directConversation(app: EventideClient, userId: string): Promise<string> {
      const response = await app.session.request('POST', '/v1/conversations', {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'direct', userId }),
      });
      return ((await response.json()) as { id: string }).id;
    },
  };
}
