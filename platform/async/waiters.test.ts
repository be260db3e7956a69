import { describe, expect, it } from 'vitest';
import { Waiters, sleep } from './Waiters.js';

describe('Waiters', () => {
  it('when woken, every sleeper should resume before its timeout', async () => {
    const waiters = new Waiters();
    const started = performance.now();
    const sleeping = Promise.all([waiters.wait(5000), waiters.wait(5000)]);
    expect(waiters.size).toBe(2);
    waiters.wakeAll();
    await sleeping;
    expect(performance.now() - started).toBeLessThan(4000);
    expect(waiters.size).toBe(0);
  });

  it('when nobody wakes it, a sleep should end at its timeout; an abort should end it early', async () => {
    const waiters = new Waiters();
    await waiters.wait(20);
    expect(waiters.size).toBe(0);
    const controller = new AbortController();
    const pending = sleep(10_000, controller.signal);
    controller.abort();
    await expect(pending).resolves.toBeUndefined();
  });
});
