export type { Cache } from './Cache.js';
export { MemoryCache } from './MemoryCache.js';
// RedisCache is imported from './RedisCache.js' where Redis is configured, so ioredis loads only there.
