import { describe, expect, it } from 'vitest';
import { ConcurrencyLimit } from './ConcurrencyLimit.js';

describe('ConcurrencyLimit', () => {
  it('when more tasks than the limit are run, at most the limit should be in flight, all should finish, in arrival order', async () => {
    const limit = new ConcurrencyLimit(3);
    let inFlight = 0;
    let most = 0;
    const started: number[] = [];
    const releases: (() => void)[] = [];
    const tasks = Array.from({ length: 10 }, (_, i) =>
      limit.run(async () => {
        started.push(i);
        most = Math.max(most, ++inFlight);
        await new Promise<void>((resolve) => releases.push(resolve));
        inFlight--;
        return i;
      }),
    );
    while (started.length < 10) {
      await new Promise((resolve) => setImmediate(resolve));
      expect(inFlight).toBeLessThanOrEqual(3);
      releases.shift()?.();
    }
    releases.forEach((release) => release());
    expect(await Promise.all(tasks)).toEqual([...Array(10).keys()]);
    expect(most).toBe(3);
    expect(started).toEqual([...Array(10).keys()]);
  });

  it('when a task throws, its slot should be freed for the next', async () => {
    const limit = new ConcurrencyLimit(1);
    await expect(limit.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limit.run(() => Promise.resolve('next'))).toBe('next');
  });

  it('when the limit is not a positive integer, it should be refused', () => {
    expect(() => new ConcurrencyLimit(0)).toThrow(RangeError);
    expect(() => new ConcurrencyLimit(1.5)).toThrow(RangeError);
  });
});
