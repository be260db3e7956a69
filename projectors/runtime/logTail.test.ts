import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../platform/observability/index.js';
import { counter, projectionRunnerKit } from '../../test/support/projectionRunnerKit.js';
import { Lease } from './Lease.js';
import { LeaseKeeper } from './LeaseKeeper.js';
import { LogTail } from './LogTail.js';

describe('LogTail', () => {
  const kit = projectionRunnerKit();
  const { runner, append, checkpoint, counts } = kit;

  it('when appends carry none of a caught-up runner’s types, that runner should neither read the log nor write its checkpoint, yet its checkpoint should follow the head', async (ctx) => {
    if (!kit.db) return ctx.skip();
    const knex = kit.db.knex;
    const keeper = new LeaseKeeper(knex, 'tailed', 600);
    const tail = new LogTail(kit.store, knex, 'tailed', createLogger({ level: 'silent' }));
    const idle = ['tail-idle-a', 'tail-idle-b', 'tail-idle-c'];
    const runners = [
      ...idle.map((name) =>
        runner(counter(name, { eventType: `Other-${name}` }), { owner: 'tailed', keeper, tail }),
      ),
      runner(counter('tail-busy'), { owner: 'tailed', keeper, tail }),
    ];
    keeper.start();
    let head = await append('tail-s', 1);
    for (const name of [...idle, 'tail-busy'])
      await expect.poll(() => checkpoint(name), { timeout: 10_000 }).toBeGreaterThanOrEqual(head);

    const readAll = vi.spyOn(kit.store, 'readAll');
    const advance = vi.spyOn(Lease.prototype, 'advanceCheckpoint');
    for (let i = 0; i < 8; i++) {
      head = await append('tail-s', 1);
      await expect.poll(() => checkpoint('tail-busy'), { timeout: 5_000 }).toBeGreaterThanOrEqual(head);
    }
    // The idle runners' checkpoints follow (min_position reads wait on every feed projection).
    for (const name of idle)
      await expect.poll(() => checkpoint(name), { timeout: 5_000 }).toBeGreaterThanOrEqual(head);
    const ownReads = readAll.mock.calls.filter(([options]) => {
      const types = options.filter?.eventTypes ?? [];
      return types.length === 1 && types[0]!.startsWith('Other-');
    });
    expect(ownReads).toEqual([]);
    // The busy runner's commits move its checkpoint; no idle runner moves its own.
    const advancedBy = advance.mock.contexts.map(
      (lease) => (lease as unknown as { key: { projection: string } }).key.projection,
    );
    expect(advancedBy.filter((name) => name !== 'tail-busy')).toEqual([]);
    // The runner with an event to apply gets it from the tail's read: it does not read it again.
    const busyReads = readAll.mock.calls.filter(([options]) => options.filter?.eventTypes?.[0] === 'Counted');
    expect(busyReads.length).toBeLessThanOrEqual(1);
    expect((await counts('rm_counts_v1'))['tail-s']).toBe(9);

    // An append of an idle runner's type wakes it, and it applies the event.
    head = await append('tail-other', 1, 'Other-tail-idle-b');
    await expect.poll(() => checkpoint('tail-idle-b'), { timeout: 5_000 }).toBeGreaterThanOrEqual(head);
    await expect.poll(() => counts('rm_counts_v1').then((c) => c['tail-other']), { timeout: 5_000 }).toBe(1);
    for (const name of [...idle, 'tail-busy'])
      await expect.poll(() => checkpoint(name), { timeout: 5_000 }).toBeGreaterThanOrEqual(head);
    readAll.mockRestore();
    advance.mockRestore();
    await Promise.all(runners.map((r) => r.stop()));
    await tail.stop();
    await keeper.stop();
  });

  it('when another owner holds a parked runner’s lease, the tail should not move that checkpoint', async (ctx) => {
    if (!kit.db) return ctx.skip();
    const knex = kit.db.knex;
    const tail = new LogTail(kit.store, knex, 'fenced', createLogger({ level: 'silent' }));
    const fenced = runner(counter('tail-fenced', { eventType: 'Other-fenced' }), { owner: 'fenced', tail });
    const head = await append('tail-fenced-s', 1);
    await expect.poll(() => checkpoint('tail-fenced'), { timeout: 10_000 }).toBeGreaterThanOrEqual(head);
    // Another process takes the lease over (as after this one stalled past its lease).
    await knex('projection_leases')
      .where({ projection: 'tail-fenced' })
      .update({ owner: 'usurper', expires_at: knex.raw(`now() + interval '1 hour'`) });
    const later = await append('tail-fenced-s', 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await checkpoint('tail-fenced')).toBeLessThan(later);
    await fenced.stop();
    await tail.stop();
  });
});
