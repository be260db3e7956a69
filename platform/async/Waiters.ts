/**
 * Callers that sleep until something happens (an append, a publish, a feed change) or a timeout,
 * whichever comes first; `wakeAll` ends every current sleep. An aborted signal ends a sleep too.
 */
export class Waiters {
  private readonly sleeping = new Set<() => void>();

  get size(): number {
    return this.sleeping.size;
  }

  wait(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleeping.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.sleeping.add(done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }

  wakeAll(): void {
    for (const wake of [...this.sleeping]) wake();
  }
}

/** Sleeps for `ms`, or less if the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Waiters().wait(ms, signal);
}
