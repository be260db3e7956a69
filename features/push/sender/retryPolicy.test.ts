import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './retryPolicy.js';

const policy = { maxAttempts: 8, baseMs: 1_000, maxDelayMs: 30_000 };

describe('retry delays', () => {
  it('when no Retry-After is given, the delay should double per failure between half and all of its ceiling, capped', () => {
    const low = () => 0;
    const high = () => 0.999_999;
    expect([1, 2, 3, 4, 5, 6, 7].map((f) => retryDelayMs(policy, f, undefined, low))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 15_000, 15_000,
    ]);
    expect([1, 2, 3, 4, 5, 6, 7].map((f) => retryDelayMs(policy, f, undefined, high))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
  });

  it('when the provider gives a Retry-After, the delay should be at least it (plus at most 10% jitter), whatever the failure count, capped', () => {
    expect(retryDelayMs(policy, 1, 7_000, () => 0)).toBe(7_000);
    expect(retryDelayMs(policy, 5, 7_000, () => 0.5)).toBe(7_350);
    expect(retryDelayMs(policy, 1, 0, () => 0.5)).toBe(0);
    expect(retryDelayMs(policy, 1, 3_600_000, () => 0)).toBe(30_000);
  });
});
