import { ApiError, NetworkError } from './ApiError.js';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoffDelay.js';

/** Answers worth another try besides 5xx: the request may not have been handled yet. */
const RETRIED = new Set([408, 425, 429]);

/** Whether a failed request is worth sending again: no answer, 5xx, 408, 425 or 429. */
export function isRetryable(error: unknown): boolean {
  return (
    error instanceof NetworkError ||
    (error instanceof ApiError && (error.status >= 500 || RETRIED.has(error.status)))
  );
}

export interface RetryOptions {
  backoff?: BackoffPolicy;
  random?: () => number;
}

/** What became of one send: done, refused for good (another 4xx), or left for the retry scheduled. */
export type Attempted<T> = { sent: T } | { refused: ApiError } | { later: true };

/**
 * A send loop run one at a time: `flush` runs it (while it runs, once more after it), and a send
 * that failed in a way worth retrying schedules the next run after a backoff that grows with each
 * failure in a row. Shared by the message outbox and the receipts.
 */
export class RetryLoop {
  private running: Promise<void> | undefined;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;

  constructor(
    private readonly run: () => Promise<void>,
    private readonly options: RetryOptions = {},
  ) {}

  /** Runs the loop now; resolves when it ends (all sent, or a retry scheduled). */
  flush(): Promise<void> {
    this.stop();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = undefined;
      // Asked again meanwhile: run again, unless a retry waits for its backoff.
      if (this.again && !this.timer) void this.flush();
      this.again = false;
    });
    return this.running;
  }

  /** One send of the loop: an error worth retrying schedules the next run (the loop then stops). */
  async attempt<T>(send: () => Promise<T>): Promise<Attempted<T>> {
    try {
      const sent = await send();
      this.failures = 0;
      return { sent };
    } catch (error) {
      if (error instanceof ApiError && !isRetryable(error)) return { refused: error };
      if (!isRetryable(error)) throw error;
      const delay = backoffDelay(
        this.failures++,
        this.options.backoff ?? DEFAULT_BACKOFF,
        this.options.random,
      );
      this.timer = setTimeout(() => void this.flush(), delay);
      return { later: true };
    }
  }

  /** Cancels the scheduled retry. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
