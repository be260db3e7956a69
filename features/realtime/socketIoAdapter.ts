import { createAdapter } from '@socket.io/redis-adapter';
import type { Cache, RedisCache } from '../../infra/cache/index.js';

/** Socket.IO's adapter: how a room's sockets are reached in every process, and how it ends. */
export interface SocketIoAdapter {
  /** Socket.IO's own in-memory adapter when undefined (one process). */
  adapter: ReturnType<typeof createAdapter> | undefined;
  close(): Promise<void>;
}

/**
 * The Redis adapter on two connections of the cache's Redis (REDIS_URL, same options; channels
 * under REDIS_KEY_PREFIX so deployments sharing a server stay apart), else the in-memory one.
 */
export function socketIoAdapter(cache: Cache | undefined): SocketIoAdapter {
  if (cache?.kind !== 'redis') return { adapter: undefined, close: async () => undefined };
  const redis = cache as RedisCache;
  const pub = redis.connection('socket.io-pub');
  const sub = redis.connection('socket.io-sub');
  // They reconnect on their own; the cache's readiness check reports Redis being away.
  for (const client of [pub, sub]) client.on('error', () => undefined);
  return {
    adapter: createAdapter(pub, sub, { key: `${redis.prefix}socket.io` }),
    async close() {
      await Promise.all([pub, sub].map((client) => client.quit().catch(() => undefined)));
    },
  };
}
