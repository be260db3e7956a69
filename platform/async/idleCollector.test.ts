import { describe, expect, it } from 'vitest';
import { IdleCollector, processProbe, type IdleProbe } from './IdleCollector.js';

const MB = 2 ** 20;

/** A process whose loop and heap the test sets; a collection brings the heap back to `live`. */
function fakeProcess(live: number) {
  const state = { busy: 0, heap: live, live, collections: 0 };
  const probe: IdleProbe = {
    busyShare: () => state.busy,
    heapBytes: () => state.heap,
    collect: () => {
      state.collections += 1;
      state.heap = state.live;
    },
  };
  return { state, probe };
}

describe('IdleCollector', () => {
  it('when the heap grew under load and the loop goes quiet, it should collect once, and not again until the heap grows', () => {
    const { state, probe } = fakeProcess(50 * MB);
    const collector = new IdleCollector(probe, { quietShare: 0.02, grownBytes: 32 * MB });
    state.busy = 0.9;
    state.heap = 170 * MB;
    expect(collector.look()).toBe(false); // busy: never while the loop works
    state.busy = 0.001;
    expect(collector.look()).toBe(true);
    expect(state.heap).toBe(50 * MB);
    expect(collector.look()).toBe(false);
    state.heap = 70 * MB; // grew less than the threshold
    expect(collector.look()).toBe(false);
    state.heap = 90 * MB;
    expect(collector.look()).toBe(true);
    expect(state.collections).toBe(2);
  });

  it('when the heap shrank on its own, growth should be counted from the lowest size seen', () => {
    const { state, probe } = fakeProcess(100 * MB);
    const collector = new IdleCollector(probe, { quietShare: 0.02, grownBytes: 32 * MB });
    state.heap = 60 * MB;
    expect(collector.look()).toBe(false);
    state.heap = 95 * MB;
    expect(collector.look()).toBe(true);
  });

  it("when run on the process itself, a collection should free the garbage V8's heap holds", () => {
    const probe = processProbe();
    probe.busyShare();
    let garbage: unknown[] | undefined = Array.from({ length: 300_000 }, (_, i) => ({ i, s: `x${i}` }));
    const before = probe.heapBytes();
    expect(garbage.length).toBe(300_000);
    garbage = undefined;
    probe.collect();
    expect(probe.heapBytes()).toBeLessThan(before);
    expect(probe.busyShare()).toBeGreaterThanOrEqual(0);
  });
});
