import { describe, expect, it } from 'vitest';
import { MemoryCache } from '../../infra/cache/index.js';
import { CacheChangeSignal, type ChangeSignal } from '../../infra/changeSignal/index.js';
import { projectionRunnerKit } from '../../test/support/projectionRunnerKit.js';
import type { Projection } from './Projection.js';

/** Writes one row per event and announces a change for the event's stream (as its "user"). */
function announcing(name: string): Projection {
  return {
    name,
    version: 1,
    eventTypes: ['Counted'],
    tables: ['announced'],
    async setup(trx, table) {
      await trx.raw(`create table if not exists ${table('announced')} (stream text, position bigint)`);
    },
    async handle(event, { trx, table, announceChange }) {
      announceChange(event.streamName, event.position);
      await trx(table('announced')).insert({ stream: event.streamName, position: event.position });
    },
  };
}

/** What a subscriber of the signal heard: `stream:position` per change, and the losses. */
async function hear(signal: ChangeSignal) {
  const heard = { changes: [] as string[], lost: 0 };
  await signal.subscribe(
    (userId, position) => heard.changes.push(`${userId}:${position}`),
    () => heard.lost++,
  );
  return heard;
}

describe('ProjectionRunner change announcements', () => {
  const kit = projectionRunnerKit();

  it('when a handler announces a change, subscribers should hear it once its transaction committed', async (ctx) => {
    if (!kit.db) return ctx.skip();
    const signal = new CacheChangeSignal(new MemoryCache());
    const visible: Promise<boolean>[] = [];
    await signal.subscribe(
      (stream, position) =>
        visible.push(kit.db!.knex('rm_announced_v1').where({ stream, position }).first().then(Boolean)),
      () => undefined,
    );
    kit.runner(announcing('announced-after-commit'), { changes: signal });
    for (let i = 0; i < 5; i++) await kit.append(`after-commit-${i}`);
    await expect.poll(() => visible.length, { timeout: 10_000 }).toBe(5);
    expect(await Promise.all(visible)).toEqual([true, true, true, true, true]);
  });

  it('when a runner starts, or takes over a lease, subscribers should be told that changes may have gone unannounced', async (ctx) => {
    if (!kit.db) return ctx.skip();
    const signal = new CacheChangeSignal(new MemoryCache());
    const heard = await hear(signal);
    const first = kit.runner(announcing('announced-takeover'), { changes: signal, owner: 'first' });
    await expect.poll(() => heard.lost, { timeout: 10_000 }).toBe(1);
    kit.runner(announcing('announced-takeover'), { changes: signal, owner: 'second' });
    await first.stop();
    await expect.poll(() => heard.lost, { timeout: 10_000 }).toBe(2);
  });

  it('when announcing fails, subscribers should be told they missed changes before hearing the next one', async (ctx) => {
    if (!kit.db) return ctx.skip();
    const real = new CacheChangeSignal(new MemoryCache());
    let failures = 0;
    const failing: ChangeSignal = {
      kind: real.kind,
      publish: (changes) =>
        failures-- > 0 ? Promise.reject(new Error('signal down')) : real.publish(changes),
      publishLost: () => (failures > 0 ? Promise.reject(new Error('signal down')) : real.publishLost()),
      subscribe: (onChange, onLost) => real.subscribe(onChange, onLost),
    };
    const heard = await hear(real);
    kit.runner(announcing('announced-failing'), { changes: failing });
    const warmUp = await kit.append('failing-warm-up');
    await expect.poll(() => heard.changes, { timeout: 10_000 }).toContain(`failing-warm-up:${warmUp}`);
    expect(heard.lost).toBe(1);
    heard.changes = [];
    failures = 1;
    const missed = await kit.append('failing-missed');
    await expect.poll(() => heard.lost, { timeout: 10_000 }).toBe(2);
    const next = await kit.append('failing-next');
    await expect.poll(() => heard.changes, { timeout: 10_000 }).toEqual([`failing-next:${next}`]);
    expect(heard.changes).not.toContain(`failing-missed:${missed}`);
  });
});
