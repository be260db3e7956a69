/**
 * Shared short-lived state: cached values, counters for rate limits, presence. In-process for
 * the embedded default; Redis when several processes must agree.
 */
export interface Cache {
  readonly kind: 'memory' | 'redis';
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /**
   * Stores `value` only when the key holds nothing, atomically (one winner among concurrent
   * callers): undefined when it was stored, else the value already there.
   */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<string | undefined>;
  delete(key: string): Promise<void>;
  /** Adds 1 and returns the new count; the first increment starts the window of `windowMs`. */
  increment(key: string, windowMs: number): Promise<{ count: number; resetMs: number }>;
  close(): Promise<void>;
}
