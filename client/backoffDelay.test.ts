import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoffDelay.js';

const policy = { baseMs: 100, capMs: 5_000 };

describe('backoffDelay', () => {
  it('when the draw is at its top, the delay should double per attempt up to the cap', () => {
    const top = () => 0.999999;
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((n) => backoffDelay(n, policy, top))).toEqual([
      99, 199, 399, 799, 1599, 3199, 4999, 4999,
    ]);
  });

  it('when the draw is zero, the delay should be zero (full jitter reaches down to nothing)', () => {
    expect(backoffDelay(7, policy, () => 0)).toBe(0);
  });

  it('when the draw varies, the delay should be that fraction of the ceiling, never at or above it', () => {
    expect(backoffDelay(2, policy, () => 0.5)).toBe(200);
    expect(backoffDelay(3, policy, () => 0.25)).toBe(200);
    expect(backoffDelay(10, policy, () => 0.1)).toBe(500);
    expect(backoffDelay(2, policy, () => 1)).toBeLessThan(400);
  });

  it('when many clients draw for the same attempt, their delays should spread over the whole window', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const delays = Array.from({ length: 1000 }, () => backoffDelay(4, policy, random));
    expect(Math.min(...delays)).toBeLessThan(160);
    expect(Math.max(...delays)).toBeGreaterThan(1440);
    expect(new Set(delays).size).toBeGreaterThan(500);
  });
});
