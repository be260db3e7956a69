export type { Cache } from './Cache.js';
export { MemoryCache } from './MemoryCache.js';
// RedisCache is imported from './RedisCache.js' where Redis is configured, so ioredis loads only there.
// Its type only (for what needs the Redis connection itself, Socket.IO's adapter): nothing loads here.
export type { RedisCache } from './RedisCache.js';
