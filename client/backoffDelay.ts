/** How long to wait between attempts: `baseMs` doubled per attempt, never more than `capMs`. */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, capMs: 30_000 };

/**
 * The delay before retry number `attempt` (0 for the first retry), with "full jitter": a uniform
 * draw in [0, min(cap, base × 2^attempt)), so clients cut off together do not come back together.
 * `random` answers in [0, 1), as Math.random does.
 */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(Math.max(attempt, 0), 30));
  return Math.floor(Math.min(Math.max(random(), 0), 1 - Number.EPSILON) * ceiling);
}
