import { describe, expect, it, vi } from 'vitest';
import { newEvent } from '../../infra/eventStore/eventStoreContract.js';
import { TransientError } from '../../platform/errors/index.js';
import { counter, projectionRunnerKit } from '../../test/support/projectionRunnerKit.js';
import { activeTable, activeVersion } from './activeVersion.js';
import { Lease } from './Lease.js';
import { LeaseKeeper } from './LeaseKeeper.js';
import { listParked, replayParked } from './parkedEvents.js';
import type { Projection } from './Projection.js';

describe('ProjectionRunner', () => {
  const kit = projectionRunnerKit();
  const { runner, append, checkpoint, counts } = kit;

  it('when split into two partitions, together they should apply every event exactly once', async (ctx) => {
    if (!kit.db) return ctx.skip();
    const streams = Array.from({ length: 12 }, (_, i) => `part-s${i}`);
    let head = 0;
    for (const s of streams) head = await append(s, 3);
    const projection = counter('partitioned');
    const p0 = runner(projection, { partition: { index: 0, count: 2 }, owner: 'p0' });
    const p1 = runner(projection, { partition: { index: 1, count: 2 }, owner: 'p1' });
    await expect
      .poll(
        async () => Math.min(await checkpoint('partitioned', 1, 0), await checkpoint('partitioned', 1, 1)),
        { timeout: 10_000 },
      )
      .toBeGreaterThanOrEqual(head);
    expect(await counts('rm_counts_v1')).toEqual(Object.fromEntries(streams.map((s) => [s, 3])));
    await Promise.all([p0.stop(), p1.stop()]);
  });

  it('when another process holds the lease, a second runner should wait, then take over at the checkpoint', async (ctx) => {
    if (!kit.db) return ctx.skip();
    const projection = counter('leased');
    const a = runner(projection, { owner: 'a' });
    await append('lease-s', 5);
    await expect.poll(() => counts('rm_counts_v1').then((c) => c['lease-s']), { timeout: 10_000 }).toBe(5);
    const b = runner(projection, { owner: 'b' });
    await new Promise((r) => setTimeout(r, 800));
    const lease = await kit.db
      .knex('projection_leases')
      .where({ projection: 'leased' })
      .first<{ owner: string }>('owner');
    expect(lease?.owner).toBe('a');
    await a.stop();
    const head = await append('lease-s', 5);
    await expect.poll(() => checkpoint('leased'), { timeout: 10_000 }).toBeGreaterThanOrEqual(head);
    expect(
      (
        await kit.db
          .knex('projection_leases')
          .where({ projection: 'leased' })
          .first<{ owner: string }>('owner')
      )?.owner,
    ).toBe('b');
    expect((await counts('rm_counts_v1'))['lease-s']).toBe(10);
    await b.stop();
  });

  it('when another owner held the lease meanwhile and moved the checkpoint, the runner should not apply those events again', async (ctx) => {
    if (!kit.db) return ctx.skip();
    const knex = kit.db.knex;
    const projection = counter('stolen');
    const a = runner(projection, { owner: 'a' });
    await append('stolen-s', 2);
    await expect.poll(() => counts('rm_counts_v1').then((c) => c['stolen-s']), { timeout: 10_000 }).toBe(2);
    // Another owner takes the lease (as if a's had lapsed), applies the next 3 events itself and
    // moves the checkpoint past them; then its lease lapses too.
    const where = { projection: 'stolen', version: 1, partition: 0 };
    await knex('projection_leases').where(where).update({ owner: 'thief' });
    const stolen = await append('stolen-s', 3);
    await knex('rm_counts_v1').where({ stream: 'stolen-s' }).increment('n', 3);
    await knex('projection_checkpoints').where(where).update({ position: stolen });
    await knex('projection_leases')
      .where(where)
      .update({ expires_at: knex.raw("now() - interval '1 second'") });
    const head = await append('stolen-s', 1);
    await expect.poll(() => checkpoint('stolen'), { timeout: 10_000 }).toBeGreaterThanOrEqual(head);
    expect((await counts('rm_counts_v1'))['stolen-s']).toBe(6);
    await a.stop();
  });

  it('when another owner takes the lease while a batch is being applied, the batch should roll back whole', async (ctx) => {
    if (!kit.db) return ctx.skip();
    const knex = kit.db.knex;
    const where = { projection: 'fenced', version: 1, partition: 0 };
    const r = runner(counter('fenced', { delayMs: 150, eventType: 'Fenced' }), { owner: 'a' });
    const first = await append('fenced-s', 1, 'Fenced');
    await expect.poll(() => checkpoint('fenced'), { timeout: 10_000 }).toBeGreaterThanOrEqual(first);
    // One batch of four slow events (600 ms); another owner takes the lease while it runs.
    const { position: head } = await kit.store.append(
      'fenced-s',
      Array.from({ length: 4 }, () => newEvent('Fenced')),
      'any',
    );
    await new Promise((resolve) => setTimeout(resolve, 250));
    await knex('projection_leases')
      .where(where)
      .update({ owner: 'thief', expires_at: knex.raw("now() + interval '1 hour'") });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await checkpoint('fenced')).toBe(first);
    expect((await counts('rm_counts_v1'))['fenced-s']).toBe(1);
    expect(head).toBeGreaterThan(first);
    await r.stop();
  });

  it("when a process keeps its runners' leases together, idle runners should not renew their own, and keep them", async (ctx) => {
    if (!kit.db) return ctx.skip();
    const knex = kit.db.knex;
    const keeper = new LeaseKeeper(knex, 'kept', 600);
    const acquire = vi.spyOn(Lease.prototype, 'acquire');
    const runners = ['kept-a', 'kept-b', 'kept-c'].map((name) =>
      runner(counter(name), { owner: 'kept', keeper }),
    );
    keeper.start();
    await append('kept-s', 1);
    await expect.poll(() => checkpoint('kept-c'), { timeout: 10_000 }).toBeGreaterThan(0);
    const before = acquire.mock.calls.length;
    // Three lease times idle: each runner alone would have renewed about nine times.
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(acquire.mock.calls.length - before).toBeLessThanOrEqual(1);
    const leases = await knex('projection_leases')
      .whereIn('projection', ['kept-a', 'kept-b', 'kept-c'])
      .select<{ owner: string; live: boolean }[]>('owner', knex.raw('expires_at > now() as live'));
    expect(leases).toEqual(Array.from({ length: 3 }, () => ({ owner: 'kept', live: true })));
    // They still wake for appends.
    const head = await append('kept-s', 2);
    await expect.poll(() => checkpoint('kept-b'), { timeout: 5_000 }).toBeGreaterThanOrEqual(head);
    acquire.mockRestore();
    await Promise.all(runners.map((r) => r.stop()));
    await keeper.stop();
  });

  it('when a handler fails with an unclassified error, it should retry back to back, without backoff; after the last attempt it should park the event and go on', async (ctx) => {
    if (!kit.db) return ctx.skip();
    const transient = newEvent('Counted');
    const poison = newEvent('Counted');
    const failures = new Map([
      [transient.id, 2],
      [poison.id, Infinity],
    ]);
    const projection = counter('flaky', { failures });
    await kit.store.append('flaky-a', [transient], 'any');
    await kit.store.append('flaky-b', [poison], 'any');
    const head = await append('flaky-c', 2);
    // A minute of backoff: retries that slept would not reach the head in time.
    const r = runner(projection, { backoffMs: { initial: 60_000, max: 60_000 } });
    await expect.poll(() => checkpoint('flaky'), { timeout: 10_000 }).toBeGreaterThanOrEqual(head);
    expect(await counts('rm_counts_v1')).toMatchObject({ 'flaky-a': 1, 'flaky-c': 2 });
    expect((await counts('rm_counts_v1'))['flaky-b']).toBeUndefined();
    const parked = (await listParked(kit.db.knex, { pending: true })).filter((p) => p.projection === 'flaky');
    expect(parked).toHaveLength(1);
    expect(parked[0]).toMatchObject({
      event_id: poison.id,
      stream_name: 'flaky-b',
      attempts: 3,
      event_type: 'Counted',
    });
    expect(parked[0]?.error).toContain('boom');

    // Ops fix the cause and replay it: applied once, marked replayed.
    failures.set(poison.id, 0);
    await replayParked(
      { knex: kit.db.knex, store: kit.store, bus: kit.bus, projections: [projection] },
      parked[0]!.id,
    );
    expect((await counts('rm_counts_v1'))['flaky-b']).toBe(1);
    expect(await listParked(kit.db.knex, { pending: true })).toHaveLength(0);
    await expect(
      replayParked(
        { knex: kit.db.knex, store: kit.store, bus: kit.bus, projections: [projection] },
        parked[0]!.id,
      ),
    ).rejects.toThrow(/already replayed/);
    await r.stop();
  });

  it('when the failure is transient (infrastructure), it should retry past maxAttempts and never park', async (ctx) => {
    if (!kit.db) return ctx.skip();
    let outages = 8;
    const projection: Projection = {
      ...counter('outage', { eventType: 'Outage' }),
      async handle(event, context) {
        if (outages > 0) {
          outages--;
          throw new TransientError('bus unavailable');
        }
        await counter('outage', { eventType: 'Outage' }).handle(event, context);
      },
    };
    const head = await append('outage-s', 1, 'Outage');
    const r = runner(projection);
    await expect.poll(() => checkpoint('outage'), { timeout: 10_000 }).toBeGreaterThanOrEqual(head);
    expect(outages).toBe(0);
    expect((await counts('rm_counts_v1'))['outage-s']).toBe(1);
    expect((await listParked(kit.db.knex)).filter((p) => p.projection === 'outage')).toEqual([]);
    await r.stop();
  });

  it('when a new version is deployed, it should build beside the old one and take over only once caught up', async (ctx) => {
    if (!kit.db) return ctx.skip();
    const v1 = runner(counter('bluegreen'));
    const head = await append('bg-s', 40);
    await expect.poll(() => checkpoint('bluegreen'), { timeout: 10_000 }).toBeGreaterThanOrEqual(head);
    // The switch-over is recorded right after the commit that reaches the head.
    await expect.poll(() => activeVersion(kit.db!.knex, 'bluegreen'), { timeout: 5000 }).toBe(1);

    const v2 = runner(counter('bluegreen', { version: 2, delayMs: 25, factor: 10 }), { owner: 'v2' });
    await expect.poll(() => checkpoint('bluegreen', 2), { timeout: 10_000 }).toBeGreaterThan(0);
    // Mid-build: v1 still serves, complete; v2 is partial.
    expect(
      (
        await kit.db
          .knex('projection_registry')
          .where({ projection: 'bluegreen' })
          .first<{ active_version: number }>('active_version')
      )?.active_version,
    ).toBe(1);
    expect((await counts('rm_counts_v1'))['bg-s']).toBe(40);
    await expect
      .poll(
        async () =>
          (
            await kit
              .db!.knex('projection_registry')
              .where({ projection: 'bluegreen' })
              .first<{ active_version: number }>('active_version')
          )?.active_version,
        { timeout: 20_000 },
      )
      .toBe(2);
    expect((await counts('rm_counts_v2'))['bg-s']).toBe(400);
    await new Promise((r) => setTimeout(r, 1100));
    expect(await activeTable(kit.db.knex, 'bluegreen', 'counts')).toBe('rm_counts_v2');
    await Promise.all([v1.stop(), v2.stop()]);
  });

  it('when stopped mid-batch (SIGTERM), it should finish the batch, commit its checkpoint and release the lease', async (ctx) => {
    if (!kit.db) return ctx.skip();
    const head = await append('drain-s', 30, 'Drained');
    const r = runner(counter('draining', { delayMs: 20, eventType: 'Drained' }), { batchSize: 30 });
    await expect
      .poll(
        () =>
          kit
            .db!.knex('projection_leases')
            .where({ projection: 'draining' })
            .count<{ count: string }[]>('* as count')
            .then((x) => Number(x[0]?.count)),
        { timeout: 5000 },
      )
      .toBe(1);
    await new Promise((r) => setTimeout(r, 200));
    await r.stop();
    const applied = (await counts('rm_counts_v1'))['drain-s'] ?? 0;
    expect(await checkpoint('draining')).toBeGreaterThanOrEqual(head);
    expect(applied).toBe(30);
    expect(
      await kit.db
        .knex('projection_leases')
        .where({ projection: 'draining' })
        .count<{ count: string }[]>('* as count')
        .then((x) => Number(x[0]?.count)),
    ).toBe(0);
  });
});
