import { describe, expect, it } from 'vitest';
import { CheckpointWatch } from './CheckpointWatch.js';

const settled = async (promise: Promise<void>) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 20))]);

describe('CheckpointWatch', () => {
  it('when another projection advances, a read awaiting this one should sleep on; when this one does, it should wake', async () => {
    const watch = new CheckpointWatch();
    const sleep = watch.arm(['documents', 'spaces'], 60_000, new AbortController().signal);
    watch.advanced('profiles');
    expect(await settled(sleep.woken)).toBe(false);
    watch.advanced('spaces');
    expect(await settled(sleep.woken)).toBe(true);
  });

  it('when a change is announced from elsewhere (no projection named), every sleeping read should wake', async () => {
    const watch = new CheckpointWatch();
    const a = watch.arm(['documents'], 60_000, new AbortController().signal);
    const b = watch.arm(['profiles'], 60_000, new AbortController().signal);
    watch.advanced();
    expect(await settled(Promise.all([a.woken, b.woken]).then(() => undefined))).toBe(true);
  });

  it('when runners of this process hold the leases of every partition of every awaited projection, it should say they move here, and not once one is let go', () => {
    const watch = new CheckpointWatch();
    watch.holding({ name: 'documents', version: 4 }, { index: 0, count: 1 }, true);
    watch.holding({ name: 'spaces', version: 1 }, { index: 1, count: 2 }, true);
    // One partition of two: the other's runner may be in another process.
    expect(watch.movesHere(['documents', 'spaces'])).toBe(false);
    watch.holding({ name: 'spaces', version: 1 }, { index: 0, count: 2 }, true);
    expect(watch.movesHere(['documents', 'spaces'])).toBe(true);
    expect(watch.movesHere(['documents', 'profiles'])).toBe(false);
    watch.holding({ name: 'spaces', version: 1 }, { index: 0, count: 2 }, false);
    expect(watch.movesHere(['documents', 'spaces'])).toBe(false);
  });
});
