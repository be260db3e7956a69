import type { Redis } from 'ioredis';
import type { ConnectionSlots } from './ConnectionSlots.js';

/** Redis's clock in milliseconds, so that the processes' clocks need not agree. */
const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[1])`;

/**
 * The set lasts as long as its latest place: processes may renew for different times (their own
 * heartbeats), and one's short expiry must not drop another's places with the key.
 */
const LIVE_AS_LONG_AS_LAST = `local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
if last[2] then redis.call('PEXPIREAT', KEYS[1], last[2]) end`;

/** KEYS[1] the user's sorted set (id → expiry); ARGV ttl, id, max: drops the expired, counts, adds. */
const CLAIM = `${NOW}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('ZADD', KEYS[1], now + ttl, ARGV[2])
${LIVE_AS_LONG_AS_LAST}
return 1`;

/** ARGV ttl, then the ids to keep for another ttl (re-added if they had lapsed: they are open). */
const RENEW = `${NOW}
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], now + ttl, ARGV[i]) end
${LIVE_AS_LONG_AS_LAST}
return 0`;

/**
 * The cap shared by every process on one Redis: a sorted set per user of connection ids scored by
 * when each expires. A claim is one Lua script (drop the expired, count, add), so concurrent claims
 * in any process are admitted one after the other. Each process renews its own ids every heartbeat
 * for `ttlMs`; a process that dies stops renewing, and its slots are free `ttlMs` later.
 */
export class RedisConnectionSlots implements ConnectionSlots {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlMs: number,
  ) {}

  private key(userId: string): string {
    return `${this.prefix}realtime:connections:${userId}`;
  }

  async claim(userId: string, id: string, max: number): Promise<boolean> {
    return (await this.redis.eval(CLAIM, 1, this.key(userId), this.ttlMs, id, max)) === 1;
  }

  async renew(userId: string, ids: string[]): Promise<void> {
    await this.redis.eval(RENEW, 1, this.key(userId), this.ttlMs, ...ids);
  }

  async release(userId: string, id: string): Promise<void> {
    await this.redis.zrem(this.key(userId), id);
  }

  /** Quits once the commands sent are answered; cut after a second (Redis away). */
  async close(): Promise<void> {
    const quit = this.redis.quit().catch(() => undefined);
    await Promise.race([quit, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
    this.redis.disconnect();
  }
}
