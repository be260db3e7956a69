interface InFlight<T> {
  result: Promise<T>;
  controller: AbortController;
  waiting: number;
}

/**
 * Identical reads asked while one is in flight share it: the first caller of a key starts the
 * read, later callers of the same key wait for the same result, and the key is free again once
 * the read settles (a result is never kept: the next read of the key reads afresh). A caller whose
 * signal aborts gets `undefined` at once; the read itself is aborted only when every caller of it
 * has gone (and its key freed at that moment, so a new caller never joins an aborted read).
 */
export class SharedReads<T> {
  /**
   * One SharedReads per owner (e.g. a process's feed tracker), made on first use: reads are shared
   * among callers of the same owner only, and the table goes with its owner.
   */
  static perOwner<T>(): (owner: object) => SharedReads<T> {
    const tables = new WeakMap<object, SharedReads<T>>();
    return (owner) => {
      let table = tables.get(owner);
      if (!table) tables.set(owner, (table = new SharedReads<T>()));
      return table;
    };
  }

  private readonly inFlight = new Map<string, InFlight<T>>();

  /** Reads in flight now (one per key). */
  get size(): number {
    return this.inFlight.size;
  }

  read(key: string, signal: AbortSignal, run: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    if (signal.aborted) return Promise.resolve(undefined);
    let entry = this.inFlight.get(key);
    if (!entry) {
      const controller = new AbortController();
      const started: InFlight<T> = { result: run(controller.signal), controller, waiting: 0 };
      const free = () => {
        if (this.inFlight.get(key) === started) this.inFlight.delete(key);
      };
      started.result.then(free, free);
      this.inFlight.set(key, (entry = started));
    }
    const joined = entry;
    joined.waiting += 1;
    return new Promise<T | undefined>((resolve, reject) => {
      const onAbort = () => {
        joined.waiting -= 1;
        if (joined.waiting === 0) {
          if (this.inFlight.get(key) === joined) this.inFlight.delete(key);
          joined.controller.abort();
        }
        resolve(undefined);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      joined.result.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }
}
