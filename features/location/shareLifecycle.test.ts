import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cache } from '../../infra/cache/index.js';
import { RedisCache } from '../../infra/cache/RedisCache.js';
import { pgliteEventStore } from '../../test/support/pgliteEventStore.js';
import { requireService } from '../../test/support/requireService.js';
import { endShare, endShares } from './endShare.js';
import { readLiveShares, readShare } from './locationCache.js';
import type { LocationRules } from './locationDeps.js';
import { startSharing } from './startSharing.js';
import { stopSharing } from './stopSharing.js';
import { updatePosition } from './updatePosition.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const rules: LocationRules = {
  durationsSeconds: [900, 3600],
  minIntervalMs: 0,
  minDistanceMetres: 10,
  refreshMs: 3_600_000,
  approximateMetres: 1000,
};
const paris = { lat: 48.8566, lon: 2.3522 };

/**
 * The share use cases on a real Redis cache and a PGlite event store: what the cache holds after
 * an expiry and after a lost cache, where the TTLs alone (an hour here) would not have acted yet.
 */
describe('live-location shares in the cache', () => {
  const pg = pgliteEventStore();
  let cache: Cache | undefined;
  beforeAll(async () => {
    const prefix = `t${randomBytes(4).toString('hex')}:`;
    await requireService('Redis', async () => (cache = await RedisCache.connect(REDIS_URL, prefix)));
  });
  afterAll(async () => {
    await cache?.close();
  });
  const setup = () => {
    const deps = { store: pg.store, cache: cache!, clock: () => new Date() };
    const conversationId = randomUUID();
    const userId = randomUUID();
    const context = () => ({ commandId: randomUUID(), correlationId: randomUUID(), userId, now: new Date() });
    return { deps, conversationId, userId, context };
  };

  it('when the expiry of a share is recorded, its position should leave the cache at once, and a stale expiry should remove nothing', async (ctx) => {
    if (!cache) return ctx.skip();
    const { deps, conversationId, userId, context } = setup();
    const first = await startSharing(
      deps,
      rules,
      { conversationId, durationSeconds: 3600, precision: 'precise' },
      context(),
    );
    const second = await startSharing(
      deps,
      rules,
      { conversationId, durationSeconds: 3600, precision: 'precise' },
      context(),
    );
    expect(await updatePosition(deps, rules, { conversationId, userId }, paris)).toMatchObject({
      stored: true,
    });
    // The replaced share's expiry fires: nothing changes.
    expect(await endShare(deps, { reason: 'expired', conversationId, userId, shareId: first.shareId })).toBe(
      false,
    );
    expect(await readLiveShares(cache, conversationId, new Date())).toEqual([
      expect.objectContaining({ shareId: second.shareId, position: expect.objectContaining(paris) }),
    ]);
    expect(await endShare(deps, { reason: 'expired', conversationId, userId, shareId: second.shareId })).toBe(
      true,
    );
    expect(await readLiveShares(cache, conversationId, new Date())).toEqual([]);
    expect(await cache.get(`location:position:${conversationId}:${userId}`)).toBeUndefined();
    expect(await cache.get(`location:share:${conversationId}:${userId}`)).toBeUndefined();
    // A second delivery of the same expiry appends nothing.
    expect(await endShare(deps, { reason: 'expired', conversationId, userId, shareId: second.shareId })).toBe(
      false,
    );
    const events = await pg.store.readStream(`locationShare-${conversationId}-${userId}`);
    expect(events.map((e) => e.type)).toEqual([
      'LocationShareStarted',
      'LocationShareStarted',
      'LocationShareEnded',
    ]);
  });

  it('when the cache lost an active share, a position should bring it back from the log; a stopped one should stay gone', async (ctx) => {
    if (!cache) return ctx.skip();
    const { deps, conversationId, userId, context } = setup();
    await startSharing(
      deps,
      rules,
      { conversationId, durationSeconds: 900, precision: 'approximate' },
      context(),
    );
    await cache.delete(`location:share:${conversationId}:${userId}`);
    const answer = await updatePosition(deps, rules, { conversationId, userId }, paris);
    expect(answer).toMatchObject({ stored: true, location: { accuracy: 1000 } });
    expect((await readShare(cache, conversationId, userId))?.precision).toBe('approximate');
    expect((await readLiveShares(cache, conversationId, new Date()))[0]?.position).toEqual(answer.location);

    await stopSharing(deps, conversationId, context());
    expect(await readLiveShares(cache, conversationId, new Date())).toEqual([]);
    await expect(updatePosition(deps, rules, { conversationId, userId }, paris)).rejects.toMatchObject({
      reason: 'not_sharing',
    });
    expect(await readShare(cache, conversationId, userId)).toBeUndefined();
  });

  it('when a user is erased, every share of theirs should end and leave the cache', async (ctx) => {
    if (!cache) return ctx.skip();
    const { deps, userId, context } = setup();
    const [one, two] = [randomUUID(), randomUUID()];
    for (const conversationId of [one, two]) {
      await startSharing(
        deps,
        rules,
        { conversationId, durationSeconds: 3600, precision: 'precise' },
        context(),
      );
      await updatePosition(deps, rules, { conversationId, userId }, paris);
    }
    const erasure = {
      reason: 'erased' as const,
      userId,
      eventId: randomUUID(),
      at: new Date().toISOString(),
    };
    await endShares(deps, erasure);
    for (const conversationId of [one, two]) {
      expect(await readLiveShares(cache, conversationId, new Date())).toEqual([]);
      expect(await cache.get(`location:position:${conversationId}:${userId}`)).toBeUndefined();
      const events = await pg.store.readStream(`locationShare-${conversationId}-${userId}`);
      expect(events.at(-1)).toMatchObject({ type: 'LocationShareEnded', data: { reason: 'erased' } });
    }
    // Delivered again: nothing more.
    await endShares(deps, erasure);
    expect(await pg.store.readStream(`locationShare-${one}-${userId}`)).toHaveLength(2);
  });

  it('when a duration is not one offered, it should refuse before appending', async (ctx) => {
    if (!cache) return ctx.skip();
    const { deps, conversationId, userId, context } = setup();
    await expect(
      startSharing(deps, rules, { conversationId, durationSeconds: 28800, precision: 'precise' }, context()),
    ).rejects.toMatchObject({ reason: 'unknown_duration' });
    expect(await pg.store.readStream(`locationShare-${conversationId}-${userId}`)).toEqual([]);
  });
});
