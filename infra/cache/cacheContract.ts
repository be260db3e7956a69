import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cache } from './Cache.js';

export interface CacheFixture {
  cache: Cache;
  /** Another client of the same cache: a second connection to the server, or the same instance in-process. */
  peer: Cache;
  /** Cuts the connection `cache` subscribes on, where there is one. */
  breakSubscriptions?(): Promise<void>;
}

/** Collects what a subscription receives, and how often it was told messages were lost. */
async function listen(cache: Cache, channel: string) {
  const heard = { messages: [] as string[], lost: 0, unsubscribe: async () => undefined as void };
  heard.unsubscribe = await cache.subscribe(
    channel,
    (message) => heard.messages.push(message),
    () => heard.lost++,
  );
  return heard;
}

/** The behaviour every Cache adapter must show. */
export function describeCacheContract(name: string, open: () => Promise<CacheFixture | undefined>) {
  describe(`Cache contract: ${name}`, () => {
    let fixture: CacheFixture | undefined;
    let cache: Cache | undefined;
    beforeAll(async () => {
      fixture = await open();
      cache = fixture?.cache;
    });
    afterAll(async () => {
      await fixture?.cache.close();
      if (fixture?.peer !== fixture?.cache) await fixture?.peer.close();
    });
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

    it('when one member of a set expires, the others should stay until their own expiry', async (ctx) => {
      if (!cache) return ctx.skip();
      const k = key();
      await cache.addToSet(k, 'short', 150);
      await cache.addToSet(k, 'long', 10_000);
      await cache.addToSet(k, 'renewed', 150);
      await cache.addToSet(k, 'renewed', 10_000);
      expect(await cache.members(k)).toEqual(['long', 'renewed', 'short']);
      await new Promise((r) => setTimeout(r, 250));
      expect(await cache.members(k)).toEqual(['long', 'renewed']);
      await cache.removeFromSet(k, 'long');
      expect(await cache.members(k)).toEqual(['renewed']);
      expect(await cache.members(key())).toEqual([]);
    });

    it('when a message is published, every subscriber of the channel should get it, on the same client or another', async (ctx) => {
      if (!fixture) return ctx.skip();
      const channel = key();
      const here = await listen(fixture.cache, channel);
      const there = await listen(fixture.peer, channel);
      const elsewhere = await listen(fixture.peer, key());
      await fixture.peer.publish(channel, 'from peer');
      await fixture.cache.publish(channel, 'from cache');
      await expect.poll(() => here.messages).toEqual(['from peer', 'from cache']);
      await expect.poll(() => there.messages).toEqual(['from peer', 'from cache']);
      await here.unsubscribe();
      await fixture.cache.publish(channel, 'after unsubscribe');
      await expect.poll(() => there.messages).toHaveLength(3);
      expect(here.messages).toHaveLength(2);
      expect(elsewhere.messages).toEqual([]);
      await there.unsubscribe();
      await elsewhere.unsubscribe();
    });

    it('when the subscribing connection is lost, it should call onLost once resubscribed and deliver again', async (ctx) => {
      if (!fixture?.breakSubscriptions) return ctx.skip();
      const channel = key();
      const heard = await listen(fixture.cache, channel);
      await fixture.breakSubscriptions();
      await expect.poll(() => heard.lost, { timeout: 10_000 }).toBe(1);
      await fixture.peer.publish(channel, 'after');
      await expect.poll(() => heard.messages, { timeout: 5000 }).toEqual(['after']);
      await heard.unsubscribe();
    });
  });
}
