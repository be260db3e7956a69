export type { Cache } from './Cache.js';
export { MemoryCache } from './MemoryCache.js';
export { RedisCache } from './RedisCache.js';
