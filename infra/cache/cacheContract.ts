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
