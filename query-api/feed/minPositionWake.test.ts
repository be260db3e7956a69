import { describe, expect, it } from 'vitest';
import { activeVersion, CheckpointWatch } from '../../projectors/index.js';
import { counter, projectionRunnerKit } from '../../test/support/projectionRunnerKit.js';
import { requirePosition } from './waitForPosition.js';

/** A watch whose safety poll would not look again within any test's time: only a wake ends a wait. */
const noPoll = () => new CheckpointWatch({ localMs: 60_000, remoteMs: 60_000 });

describe('min_position woken by the checkpoint watch', () => {
  const kit = projectionRunnerKit();

  it('when the runner commits the awaited position, a waiting read should return at once even with the poll set to a minute', async (ctx) => {
    if (!kit.db) return ctx.skip();
    const checkpoints = noPoll();
    // Slow enough that the read is certainly waiting when the commit lands.
    kit.runner(counter('woken', { delayMs: 300 }), { checkpoints });
    await expect.poll(() => activeVersion(kit.db!.knex, 'woken'), { timeout: 10_000 }).toBe(1);
    const position = await kit.append('woken-s');
    const started = performance.now();
    const deps = { db: kit.db, store: kit.store, checkpoints };
    // Without the wake this would end in a 503 at the deadline.
    await requirePosition(deps, ['woken'], position, 8_000, new AbortController().signal);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect((await kit.counts('rm_counts_v1'))['woken-s']).toBe(1);
  });

  it('when the commit is not announced (a lost wake), the safety poll should still find it', async (ctx) => {
    if (!kit.db) return ctx.skip();
    const knex = kit.db.knex;
    const checkpoints = new CheckpointWatch({ localMs: 30, remoteMs: 30 });
    // As if this process's runner of `quiet` held its lease: the slow (local) poll applies.
    checkpoints.holding({ name: 'quiet', version: 1 }, { index: 0, count: 1 }, true);
    await knex('projection_registry').insert({ projection: 'quiet', active_version: 1 });
    await knex('projection_checkpoints').insert({
      projection: 'quiet',
      version: 1,
      partition: 0,
      partitions: 1,
      position: 0,
    });
    const position = await kit.append('quiet-s');
    const where = { projection: 'quiet', version: 1, partition: 0 };
    // The checkpoint moves behind the watch's back: no `advanced`.
    // (A knex builder runs only once awaited or `then`ed.)
    setTimeout(() => void knex('projection_checkpoints').where(where).update({ position }).then(), 100);
    const started = performance.now();
    const deps = { db: kit.db, store: kit.store, checkpoints };
    await requirePosition(deps, ['quiet'], position, 20_000, new AbortController().signal);
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(90);
    expect(waited).toBeLessThan(5_000);
  });

  it('when the position is beyond the log head, a woken wait should still answer 400 position-beyond-head', async (ctx) => {
    if (!kit.db) return ctx.skip();
    const checkpoints = noPoll();
    kit.runner(counter('ahead'), { checkpoints });
    await expect.poll(() => activeVersion(kit.db!.knex, 'ahead'), { timeout: 10_000 }).toBe(1);
    const head = await kit.append('ahead-s');
    const deps = { db: kit.db, store: kit.store, checkpoints };
    const asked = requirePosition(deps, ['ahead'], head + 1_000, 20_000, new AbortController().signal);
    // Any checkpoint move wakes it; the head is read on the check after that.
    setTimeout(() => checkpoints.advanced(), 50);
    await expect(asked).rejects.toMatchObject({ status: 400, slug: 'position-beyond-head' });
  });
});
