import { requireService } from '../../test/support/requireService.js';
import { describeCacheContract } from './cacheContract.js';
import { MemoryCache } from './MemoryCache.js';
import { RedisCache } from './RedisCache.js';

describeCacheContract('in-process', async () => new MemoryCache());

describeCacheContract('Redis', async () => {
  let cache: RedisCache | undefined;
  const ok = await requireService('Redis', async () => {
    cache = await RedisCache.connect(
      process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      `test:${Date.now()}:`,
    );
  });
  return ok ? cache : undefined;
});
