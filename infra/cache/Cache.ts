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
  /**
   * Adds `member` to the set at `key` for `ttlMs`: each member expires on its own, and adding
   * it again renews it (presence: "this device is online", renewed by a heartbeat).
   */
  addToSet(key: string, member: string, ttlMs: number): Promise<void>;
  removeFromSet(key: string, member: string): Promise<void>;
  /** The members of the set at `key` that have not expired, sorted. */
  members(key: string): Promise<string[]>;
  /**
   * Sends `message` to every current subscriber of `channel`: in this process (in-process
   * cache) or on every connection to the server (Redis). Nothing is stored: a subscriber that
   * is not there, or not connected, misses it.
   */
  publish(channel: string, message: string): Promise<void>;
  /**
   * Calls `onMessage` with each message published on `channel` from now on; resolves once
   * subscribed, to an unsubscribe function. When the subscription was interrupted (a lost
   * connection, re-established since), `onLost` is called: messages sent meanwhile are gone.
   */
  subscribe(
    channel: string,
    onMessage: (message: string) => void,
    onLost?: () => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
