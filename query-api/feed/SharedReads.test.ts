import { describe, expect, it } from 'vitest';
import { SharedReads } from './SharedReads.js';

/** A read that ends when told to, and records the signal it was given. */
function gatedRead() {
  let finish: (value: string) => void = () => undefined;
  const signals: AbortSignal[] = [];
  const run = (signal: AbortSignal) => {
    signals.push(signal);
    return new Promise<string>((resolve) => (finish = resolve));
  };
  return { run, signals, finish: (value: string) => finish(value) };
}

describe('SharedReads', () => {
  it('when one key is read several times at once, it should read once and give every caller the result', async () => {
    const reads = new SharedReads<string>();
    const gate = gatedRead();
    const callers = [1, 2, 3].map(() => reads.read('k', new AbortController().signal, gate.run));
    const other = reads.read('other', new AbortController().signal, () => Promise.resolve('o'));
    gate.finish('page');
    expect(await Promise.all(callers)).toEqual(['page', 'page', 'page']);
    expect(await other).toBe('o');
    expect(gate.signals).toHaveLength(1);
    expect(reads.size).toBe(0);
    // Settled: the next read of the key reads afresh.
    const again = gatedRead();
    const next = reads.read('k', new AbortController().signal, again.run);
    again.finish('newer');
    expect(await next).toBe('newer');
  });

  it('when a caller goes away, it should get nothing at once, and the read should go on for the others', async () => {
    const reads = new SharedReads<string>();
    const gate = gatedRead();
    const leaving = new AbortController();
    const first = reads.read('k', leaving.signal, gate.run);
    const second = reads.read('k', new AbortController().signal, gate.run);
    leaving.abort();
    expect(await first).toBeUndefined();
    expect(gate.signals[0]!.aborted).toBe(false);
    gate.finish('page');
    expect(await second).toBe('page');
  });

  it('when every caller goes away, it should abort the read and a new caller should start another', async () => {
    const reads = new SharedReads<string>();
    const gate = gatedRead();
    const callers = [new AbortController(), new AbortController()];
    const pending = callers.map((c) => reads.read('k', c.signal, gate.run));
    for (const c of callers) c.abort();
    expect(await Promise.all(pending)).toEqual([undefined, undefined]);
    expect(gate.signals[0]!.aborted).toBe(true);
    const fresh = gatedRead();
    const next = reads.read('k', new AbortController().signal, fresh.run);
    fresh.finish('fresh');
    expect(await next).toBe('fresh');
    expect(fresh.signals[0]!.aborted).toBe(false);
  });

  it('when the read fails, it should fail for every caller and free the key', async () => {
    const reads = new SharedReads<string>();
    const failing = () => Promise.reject(new Error('database gone'));
    const callers = [1, 2].map(() => reads.read('k', new AbortController().signal, failing));
    for (const caller of callers) await expect(caller).rejects.toThrow('database gone');
    expect(reads.size).toBe(0);
  });

  it('perOwner should give one table per owner, the same on every call', () => {
    const tableOf = SharedReads.perOwner<string>();
    const a = {};
    const b = {};
    expect(tableOf(a)).toBe(tableOf(a));
    expect(tableOf(a)).not.toBe(tableOf(b));
    expect(SharedReads.perOwner<string>()(a)).not.toBe(tableOf(a));
  });
});
