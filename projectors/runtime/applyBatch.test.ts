import { describe, expect, it } from 'vitest';
import { newEvent } from '../../infra/eventStore/eventStoreContract.js';
import { counter, projectionRunnerKit } from '../../test/support/projectionRunnerKit.js';
import { listParked } from './parkedEvents.js';
import type { Projection } from './Projection.js';

describe('ProjectionRunner: failing events (applyBatch)', () => {
  const kit = projectionRunnerKit();
  const { runner, append, checkpoint, counts } = kit;

  it('when a batch holds events that fail on their data, it should park each at its first attempt and apply the rest of the batch in the same pass, without backoff', async (ctx) => {
    if (!kit.db) return ctx.skip();
    // A minute of backoff: a runner that retried these events with backoff would not reach the head.
    const typeErrors = new Map<string, number>();
    const projection = counter('poisoned', { eventType: 'Poisoned', failures: typeErrors });
    const thrown = counter('poisoned', { eventType: 'Poisoned' });
    const poisonIds: string[] = [];
    let head = 0;
    for (let i = 0; i < 60; i++) {
      // Every 6th event carries a factor Postgres refuses (22P02); every 10th makes the handler throw a TypeError.
      const event = newEvent('Poisoned', i % 6 === 0 ? { factor: 'many' } : {});
      if (i % 6 === 0 || i % 10 === 0) poisonIds.push(event.id);
      head = (await kit.store.append(`poisoned-s${i % 4}`, [event], 'any')).position;
      if (i % 10 === 0 && i % 6 !== 0) typeErrors.set(event.id, Infinity);
    }
    const r = runner(
      {
        ...projection,
        handle: (event, context) =>
          typeErrors.has(event.id)
            ? Promise.reject(new TypeError(`cannot read "\u0000" in ${event.id}`))
            : thrown.handle(event, context),
      },
      { backoffMs: { initial: 60_000, max: 60_000 } },
    );
    await expect.poll(() => checkpoint('poisoned'), { timeout: 10_000 }).toBeGreaterThanOrEqual(head);
    const parked = (await listParked(kit.db.knex)).filter((p) => p.projection === 'poisoned');
    expect(parked.map((p) => p.event_id).sort()).toEqual([...poisonIds].sort());
    expect(new Set(parked.map((p) => p.attempts))).toEqual(new Set([1]));
    expect(parked.some((p) => p.error.includes('invalid input syntax'))).toBe(true);
    // The message quoted a NUL, which Postgres text refuses: it is stored spelled out.
    expect(parked.some((p) => p.error.startsWith('TypeError: cannot read "\\u0000"'))).toBe(true);
    const c = await counts('rm_counts_v1');
    const applied = [0, 1, 2, 3].reduce((sum, i) => sum + (c[`poisoned-s${i}`] ?? 0), 0);
    expect(applied).toBe(60 - poisonIds.length);
    await r.stop();
  });

  it('when an event fails transiently while another of its batch is parked, it should commit nothing until the infrastructure is back, then park the poison once', async (ctx) => {
    if (!kit.db) return ctx.skip();
    const poison = newEvent('Mixed');
    const flaky = newEvent('Mixed');
    let outages = 3;
    const base = counter('mixed', { eventType: 'Mixed' });
    const projection: Projection = {
      ...base,
      async handle(event, context) {
        if (event.id === poison.id) throw new TypeError('poison');
        if (event.id === flaky.id && outages-- > 0)
          throw Object.assign(new Error('deadlock'), { code: '40P01' });
        await base.handle(event, context);
      },
    };
    await append('mixed-a', 2, 'Mixed');
    await kit.store.append('mixed-b', [poison], 'any');
    await kit.store.append('mixed-c', [flaky], 'any');
    const head = await append('mixed-a', 2, 'Mixed');
    const r = runner(projection);
    await expect.poll(() => checkpoint('mixed'), { timeout: 10_000 }).toBeGreaterThanOrEqual(head);
    expect(outages).toBeLessThan(0);
    expect(await counts('rm_counts_v1')).toMatchObject({ 'mixed-a': 4, 'mixed-c': 1 });
    const parked = (await listParked(kit.db.knex)).filter((p) => p.projection === 'mixed');
    expect(parked.map((p) => [p.event_id, p.attempts])).toEqual([[poison.id, 1]]);
    await r.stop();
  });

  it('when an event breaks a constraint checked only at commit, it should be parked alone and the rest of its batch commit, without backoff', async (ctx) => {
    if (!kit.db) return ctx.skip();
    const base = counter('deferred', { eventType: 'Deferred' });
    const projection: Projection = {
      ...base,
      tables: ['counts', 'deferred_refs'],
      async setup(trx, table) {
        await base.setup(trx, table);
        await trx.raw(`create table if not exists ${table('deferred_refs')} (
          stream text not null references ${table('counts')} (stream) deferrable initially deferred)`);
      },
      async handle(event, context) {
        // A reference to a row nobody wrote: the foreign key fails at COMMIT, not at the insert.
        if (event.data.orphan)
          await context.trx(context.table('deferred_refs')).insert({ stream: 'nowhere' });
        else await base.handle(event, context);
      },
    };
    const orphan = newEvent('Deferred', { orphan: true });
    await append('deferred-a', 3, 'Deferred');
    await kit.store.append('deferred-b', [orphan], 'any');
    const head = await append('deferred-a', 2, 'Deferred');
    const r = runner(projection, { backoffMs: { initial: 60_000, max: 60_000 } });
    await expect.poll(() => checkpoint('deferred'), { timeout: 10_000 }).toBeGreaterThanOrEqual(head);
    expect((await counts('rm_counts_v1'))['deferred-a']).toBe(5);
    const parked = (await listParked(kit.db.knex)).filter((p) => p.projection === 'deferred');
    expect(parked.map((p) => p.event_id)).toEqual([orphan.id]);
    expect(parked[0]?.error).toContain('foreign key');
    await r.stop();
  });
});
