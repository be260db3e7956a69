import type { Cache, RedisCache } from '../../infra/cache/index.js';
import { RedisConnectionSlots } from './RedisConnectionSlots.js';

/**
 * Where the per-user connection cap is counted: in this process (embedded), or in Redis so that
 * every query-api process shares one count (RedisConnectionSlots).
 */
export interface ConnectionSlots {
  /**
   * Adds the connection `id` to the user's slots if fewer than `max` are held, in one atomic step
   * (two processes admitting at the same instant cannot both take the last slot): whether it did.
   */
  claim(userId: string, id: string, max: number): Promise<boolean>;
  /** Keeps the user's held `ids` alive (a heartbeat); the slots of a process that stops renewing expire. */
  renew(userId: string, ids: string[]): Promise<void>;
  release(userId: string, id: string): Promise<void>;
  close(): Promise<void>;
}

/** The count of one process: nothing expires, a process's connections end with it. */
export function memoryConnectionSlots(): ConnectionSlots {
  const held = new Map<string, Set<string>>();
  return {
    claim(userId, id, max) {
      const ids = held.get(userId) ?? new Set<string>();
      if (ids.size >= max) return Promise.resolve(false);
      held.set(userId, ids.add(id));
      return Promise.resolve(true);
    },
    renew: () => Promise.resolve(),
    release(userId, id) {
      const ids = held.get(userId);
      ids?.delete(id);
      if (ids?.size === 0) held.delete(userId);
      return Promise.resolve();
    },
    close: () => Promise.resolve(),
  };
}

/**
 * The count shared on the cache's Redis (REDIS_URL; keys under REDIS_KEY_PREFIX), on a connection
 * of its own, with places that expire `ttlMs` after their last renewal; else this process's count.
 */
export function connectionSlots(cache: Cache | undefined, ttlMs: number): ConnectionSlots {
  if (cache?.kind !== 'redis') return memoryConnectionSlots();
  const redis = cache as RedisCache;
  const connection = redis.connection('realtime-connections');
  // It reconnects on its own; the cache's readiness check reports Redis being away.
  connection.on('error', () => undefined);
  return new RedisConnectionSlots(connection, redis.prefix, ttlMs);
}
