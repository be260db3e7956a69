import type { Cache } from './Cache.js';
import { Subscribers } from './Subscribers.js';

/**
 * In-process cache with expiry, bounded in size (oldest entries go first; so are sets, by key).
 * Pub/sub reaches the subscribers of this instance only, synchronously.
 */
export class MemoryCache implements Cache {
  readonly kind = 'memory';
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();
  /** Per set key, each member's expiry. */
  private readonly sets = new Map<string, Map<string, number>>();
  private readonly subscribers = new Subscribers();

  constructor(
    private readonly maxEntries = 100_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  private live(key: string) {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private store(key: string, value: string, expiresAt: number): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { value, expiresAt });
  }

  async get(key: string) {
    return this.live(key)?.value;
  }

  async set(key: string, value: string, ttlMs: number) {
    this.store(key, value, this.now() + ttlMs);
  }

  async setIfAbsent(key: string, value: string, ttlMs: number) {
    const existing = this.live(key);
    if (existing) return existing.value;
    this.store(key, value, this.now() + ttlMs);
    return undefined;
  }

  async delete(key: string) {
    this.entries.delete(key);
  }

  async increment(key: string, windowMs: number) {
    const entry = this.live(key);
    const expiresAt = entry?.expiresAt ?? this.now() + windowMs;
    const count = Number(entry?.value ?? 0) + 1;
    this.store(key, String(count), expiresAt);
    return { count, resetMs: Math.max(0, expiresAt - this.now()) };
  }

  async addToSet(key: string, member: string, ttlMs: number) {
    let set = this.sets.get(key);
    if (!set) {
      if (this.sets.size >= this.maxEntries) {
        const oldest = this.sets.keys().next().value;
        if (oldest !== undefined) this.sets.delete(oldest);
      }
      this.sets.set(key, (set = new Map()));
    }
    set.set(member, this.now() + ttlMs);
  }

  async removeFromSet(key: string, member: string) {
    this.sets.get(key)?.delete(member);
  }

  async members(key: string) {
    const set = this.sets.get(key);
    if (!set) return [];
    const now = this.now();
    for (const [member, expiresAt] of set) if (expiresAt <= now) set.delete(member);
    if (set.size === 0) this.sets.delete(key);
    return [...set.keys()].sort();
  }

  async publish(channel: string, message: string) {
    this.subscribers.deliver(channel, message);
  }

  async subscribe(channel: string, onMessage: (message: string) => void, onLost?: () => void) {
    const { remove } = this.subscribers.add(channel, { onMessage, onLost });
    return async () => void remove();
  }

  async close() {
    this.entries.clear();
    this.sets.clear();
    this.subscribers.clear();
  }
}
