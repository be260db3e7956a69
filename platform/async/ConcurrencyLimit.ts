/**
 * At most `limit` tasks of this limit run at once; the others wait in arrival order. Shared by
 * callers that must stay under one bound together (e.g. every partition's batch in a process).
 */
export class ConcurrencyLimit {
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`limit must be a positive integer: ${limit}`);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.queue.push(resolve));
    else this.running++;
    try {
      return await task();
    } finally {
      // The slot passes straight to the next waiter, so `running` stays at the limit meanwhile.
      const next = this.queue.shift();
      if (next) next();
      else this.running--;
    }
  }
}
