import { requireService } from '../../test/support/requireService.js';
import { describeCacheContract } from './cacheContract.js';
import { MemoryCache } from './MemoryCache.js';
import { RedisCache } from './RedisCache.js';
import { killRedisClient } from '../../test/support/killRedisClient.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describeCacheContract('in-process', async () => {
  const cache = new MemoryCache();
  return { cache, peer: cache };
});

describeCacheContract('Redis', async () => {
  const prefix = `test:${Date.now()}:${Math.random().toString(36).slice(2)}:`;
  let fixture: { cache: RedisCache; peer: RedisCache } | undefined;
  const ok = await requireService('Redis', async () => {
    fixture = {
      cache: await RedisCache.connect(REDIS_URL, prefix),
      peer: await RedisCache.connect(REDIS_URL, prefix),
    };
  });
  if (!ok || !fixture) return undefined;
  const { cache } = fixture;
  return { ...fixture, breakSubscriptions: () => killRedisClient(REDIS_URL, cache.subscriberName) };
});
