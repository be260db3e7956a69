import { Redis } from 'ioredis';
import type { Cache } from './Cache.js';

/** Redis through ioredis; keys are prefixed so deployments can share a server. */
export class RedisCache implements Cache {
  readonly kind = 'redis';
  private constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  static async connect(url: string, prefix = 'eventide:'): Promise<RedisCache> {
    const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: false });
    await redis.connect();
    return new RedisCache(redis, prefix);
  }

  async get(key: string) {
    return (await this.redis.get(this.prefix + key)) ?? undefined;
  }

  async set(key: string, value: string, ttlMs: number) {
    await this.redis.set(this.prefix + key, value, 'PX', Math.max(1, Math.round(ttlMs)));
  }

  async setIfAbsent(key: string, value: string, ttlMs: number) {
    // SET … NX GET (Redis 7): one atomic step that stores only when absent and returns what was there.
    const previous = await this.redis.set(
      this.prefix + key,
      value,
      'PX',
      Math.max(1, Math.round(ttlMs)),
      'NX',
      'GET',
    );
    return previous ?? undefined;
  }

  async delete(key: string) {
    await this.redis.del(this.prefix + key);
  }

  async increment(key: string, windowMs: number) {
    const k = this.prefix + key;
    // One round trip: INCR, set the window on the first hit, read what is left of it.
    const result = (await this.redis
      .multi()
      .incr(k)
      .pexpire(k, Math.max(1, Math.round(windowMs)), 'NX')
      .pttl(k)
      .exec()) as [Error | null, number][];
    const count = Number(result[0]?.[1] ?? 0);
    const ttl = Number(result[2]?.[1] ?? windowMs);
    return { count, resetMs: Math.max(0, ttl) };
  }

  async close() {
    await this.redis.quit().catch(() => undefined);
  }
}
