/** How a retryable failure is tried again (PUSH_RETRY_* settings). */
export interface RetryPolicy {
  /** Provider calls per delivery key, the first included; the last failure is dead-lettered. */
  maxAttempts: number;
  /** Delay after the first failure; doubles per failure. */
  baseMs: number;
  /** Cap of the doubled delay (and of a provider's Retry-After). */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseMs: 1_000, maxDelayMs: 300_000 };

/**
 * The delay before attempt `failures + 1`, after `failures` failed calls (1 or more):
 * - the provider's Retry-After when it gave one (at most `maxDelayMs`), plus up to 10% jitter so
 *   the keys it refused do not all come back in the same instant;
 * - else exponential backoff with "equal jitter": half of `min(maxDelayMs, baseMs * 2^(failures-1))`
 *   fixed, half random, so retries spread out but never come back at once.
 * `random` is in [0, 1) (Math.random; a test passes its own).
 */
export function retryDelayMs(
  policy: RetryPolicy,
  failures: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) {
    const floor = Math.min(Math.max(0, retryAfterMs), policy.maxDelayMs);
    return Math.round(floor + floor * 0.1 * random());
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
