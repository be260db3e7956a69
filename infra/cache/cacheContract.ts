import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cache } from './Cache.js';

/** The behaviour every Cache adapter must show. */
export function describeCacheContract(name: string, open: () => Promise<Cache | undefined>) {
  describe(`Cache contract: ${name}`, () => {
    let cache: Cache | undefined;
    beforeAll(async () => {
      cache = await open();
    });
    afterAll(async () => cache?.close());
    const key = () => `test:${randomUUID()}`;

    it('when a value is set, get should return it until it expires', async (ctx) => {
      if (!cache) return ctx.skip();
      const k = key();
      await cache.set(k, 'v', 150);
      expect(await cache.get(k)).toBe('v');
      await new Promise((r) => setTimeout(r, 250));
      expect(await cache.get(k)).toBeUndefined();
    });

    it('when a key is deleted, get should return undefined', async (ctx) => {
      if (!cache) return ctx.skip();
      const k = key();
      await cache.set(k, 'v', 10_000);
      await cache.delete(k);
      expect(await cache.get(k)).toBeUndefined();
    });

    it('when many callers set the same absent key at once, exactly one should store its value and the others should read it', async (ctx) => {
      if (!cache) return ctx.skip();
      const k = key();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => cache!.setIfAbsent(k, `v${i}`, 10_000)),
      );
      const winners = results.filter((r) => r === undefined);
      expect(winners).toHaveLength(1);
      const stored = await cache.get(k);
      expect(results.filter((r) => r !== undefined).every((r) => r === stored)).toBe(true);
      expect(await cache.setIfAbsent(k, 'late', 10_000)).toBe(stored);
      await cache.delete(k);
      expect(await cache.setIfAbsent(k, 'again', 150)).toBeUndefined();
      await new Promise((r) => setTimeout(r, 250));
      expect(await cache.setIfAbsent(k, 'after expiry', 10_000)).toBeUndefined();
    });

    it('when a counter is incremented concurrently, every increment should count once within its window', async (ctx) => {
      if (!cache) return ctx.skip();
      const k = key();
      const results = await Promise.all(Array.from({ length: 50 }, () => cache!.increment(k, 300)));
      expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 50 }, (_, i) => i + 1),
      );
      expect(results.every((r) => r.resetMs > 0 && r.resetMs <= 300)).toBe(true);
      await new Promise((r) => setTimeout(r, 400));
      expect((await cache.increment(k, 300)).count).toBe(1);
    });
  });
}
