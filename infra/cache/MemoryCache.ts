import type { Cache } from './Cache.js';

/** In-process cache with expiry, bounded in size (oldest entries go first). */
export class MemoryCache implements Cache {
  readonly kind = 'memory';
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();

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

  async close() {
    this.entries.clear();
  }
}
