import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Cache } from './Cache.js';
import { Subscribers } from './Subscribers.js';

// The server's clock in ms, so every process agrees on when a set member expires.
const NOW = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;
// A sorted set scored by expiry; the key lives as long as its longest-lived member.
const ADD_TO_SET = `${NOW}
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end`;
const MEMBERS = `${NOW}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
return redis.call('ZRANGE', KEYS[1], 0, -1)`;

/**
 * Redis through ioredis; keys and channels are prefixed so deployments can share a server.
 * Subscriptions use a second connection (named `subscriberName`), opened on the first subscribe;
 * when it is lost it reconnects, subscribes again, then calls each subscriber's `onLost`.
 */
export class RedisCache implements Cache {
  readonly kind = 'redis';
  private readonly subscribers = new Subscribers();
  private subscriber: Promise<Redis> | undefined;
  private readonly subscribing = new Map<string, Promise<unknown>>();
  /** The client name of the subscribing connection (as CLIENT LIST shows it). */
  readonly subscriberName: string;
  private constructor(
    private readonly redis: Redis,
    readonly prefix: string,
  ) {
    this.subscriberName = `${prefix}subscriber-${randomUUID().slice(0, 8)}`;
  }

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

  async addToSet(key: string, member: string, ttlMs: number) {
    await this.redis.eval(ADD_TO_SET, 1, this.prefix + key, member, Math.max(1, Math.round(ttlMs)));
  }

  async removeFromSet(key: string, member: string) {
    await this.redis.zrem(this.prefix + key, member);
  }

  async members(key: string) {
    const members = (await this.redis.eval(MEMBERS, 1, this.prefix + key)) as string[];
    return members.sort();
  }

  async publish(channel: string, message: string) {
    await this.redis.publish(this.prefix + channel, message);
  }

  async subscribe(channel: string, onMessage: (message: string) => void, onLost?: () => void) {
    this.subscriber ??= this.openSubscriber().catch((error: unknown) => {
      this.subscriber = undefined;
      throw error;
    });
    const subscriber = await this.subscriber;
    const { first, remove } = this.subscribers.add(channel, { onMessage, onLost });
    // Later subscribers of the channel wait for the same SUBSCRIBE to be acknowledged.
    if (first) this.subscribing.set(channel, subscriber.subscribe(this.prefix + channel));
    try {
      await this.subscribing.get(channel);
    } catch (error) {
      if (remove()) this.subscribing.delete(channel);
      throw error;
    }
    return async () => {
      if (!remove()) return;
      this.subscribing.delete(channel);
      await subscriber.unsubscribe(this.prefix + channel).catch(() => undefined);
    };
  }

  /**
   * A new connection to the same server with the same options, for a library that needs its
   * own (Socket.IO's adapter publishes and subscribes); commands wait while it reconnects. The
   * caller quits it.
   */
  connection(name: string): Redis {
    return this.redis.duplicate({
      connectionName: `${this.prefix}${name}-${randomUUID().slice(0, 8)}`,
      enableOfflineQueue: true,
      maxRetriesPerRequest: null,
    });
  }

  private async openSubscriber(): Promise<Redis> {
    const subscriber = this.redis.duplicate({
      connectionName: this.subscriberName,
      lazyConnect: true,
      autoResubscribe: false,
      enableOfflineQueue: true,
      maxRetriesPerRequest: null,
    });
    await subscriber.connect();
    subscriber.on('message', (channel: string, message: string) => {
      if (channel.startsWith(this.prefix))
        this.subscribers.deliver(channel.slice(this.prefix.length), message);
    });
    // Every later `ready` is a reconnection: subscribe again, then own that messages were lost.
    subscriber.on('ready', () => {
      const channels = this.subscribers.channels().map((c) => this.prefix + c);
      void (channels.length > 0 ? subscriber.subscribe(...channels) : Promise.resolve())
        .then(() => this.subscribers.lost())
        .catch(() => subscriber.disconnect(true));
    });
    subscriber.on('error', () => undefined);
    return subscriber;
  }

  async close() {
    this.subscribers.clear();
    const subscriber = await this.subscriber?.catch(() => undefined);
    await subscriber?.quit().catch(() => undefined);
    await this.redis.quit().catch(() => undefined);
  }
}
