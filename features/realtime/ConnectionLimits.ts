import { randomUUID } from 'node:crypto';
import type { ConnectionSlots } from './ConnectionSlots.js';
import { tooManyConnections } from './tooManyConnections.js';

/** Something open that a stopping process ends. */
export interface Closable {
  shutdown(): void;
}

/** Where a session counts its connection: the place admitted for it under the per-user cap. */
export interface ConnectionSlot {
  /** Counts the open connection of the admitted user; the answer releases the place once. */
  take(userId: string, connection: Closable): () => void;
}

/** An admitted place not taken yet: cancelled when the connection fails before its session starts. */
export interface Admission extends ConnectionSlot {
  cancel(): void;
}

/** How long an admission that no session took holds its place (an upgrade that failed midway). */
const UNTAKEN_MS = 10_000;
/** How long admission waits for the shared count before counting this process's connections alone. */
const CLAIM_TIMEOUT_MS = 2_000;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * The realtime connections (streams and sockets) of this process: each admitted under the per-user
 * cap (`maxPerUser`, counted by `slots`: in every process at once with Redis), its place renewed
 * every `renewEveryMs` while open and released when it closes; every one ended when the process
 * stops. When the shared count does not answer, this process's own connections are counted.
 */
export class ConnectionLimits {
  /** The ids of the places this process holds (admitted or taken), by user. */
  private readonly held = new Map<string, Set<string>>();
  private readonly open = new Set<Closable>();
  private readonly releasing = new Set<Promise<void>>();
  private readonly renewing: NodeJS.Timeout;

  constructor(
    private readonly maxPerUser: number,
    private readonly slots: ConnectionSlots,
    renewEveryMs: number,
    private readonly warn: (error: unknown, message: string) => void,
  ) {
    this.renewing = setInterval(() => void this.renew(), renewEveryMs).unref();
  }

  /** A place for one more connection of the user, or 429 `too-many-connections`. */
  async admit(userId: string): Promise<Admission> {
    const id = randomUUID();
    if (!(await this.claim(userId, id))) throw tooManyConnections(this.maxPerUser);
    this.held.set(userId, (this.held.get(userId) ?? new Set<string>()).add(id));
    let state: 'admitted' | 'taken' | 'released' = 'admitted';
    const release = () => {
      if (state === 'released') return;
      state = 'released';
      clearTimeout(untaken);
      this.free(userId, id);
    };
    const untaken = setTimeout(() => state === 'admitted' && release(), UNTAKEN_MS).unref();
    return {
      take: (_userId, connection) => {
        if (state === 'admitted') state = 'taken';
        clearTimeout(untaken);
        this.open.add(connection);
        let done = false;
        return () => {
          if (done) return;
          done = true;
          this.open.delete(connection);
          release();
        };
      },
      cancel: () => state === 'admitted' && release(),
    };
  }

  private async claim(userId: string, id: string): Promise<boolean> {
    try {
      return await within(this.slots.claim(userId, id, this.maxPerUser), CLAIM_TIMEOUT_MS);
    } catch (error) {
      this.warn(error, 'the shared connection count did not answer; counting this process alone');
      return (this.held.get(userId)?.size ?? 0) < this.maxPerUser;
    }
  }

  private free(userId: string, id: string): void {
    const ids = this.held.get(userId);
    ids?.delete(id);
    if (ids?.size === 0) this.held.delete(userId);
    const released: Promise<void> = this.slots
      .release(userId, id)
      .catch((error: unknown) => this.warn(error, 'a connection place not released; it expires'))
      .finally(() => this.releasing.delete(released));
    this.releasing.add(released);
  }

  private async renew(): Promise<void> {
    const renewals = [...this.held].map(([userId, ids]) => this.slots.renew(userId, [...ids]));
    const failed = (await Promise.allSettled(renewals)).find((r) => r.status === 'rejected');
    if (failed) this.warn(failed.reason, 'connection places not renewed');
  }

  get size(): number {
    return this.open.size;
  }

  shutdownAll(): void {
    for (const connection of [...this.open]) connection.shutdown();
  }

  /** Stops renewing, waits for the releases under way, closes the count's connection. */
  async close(): Promise<void> {
    clearInterval(this.renewing);
    await Promise.all([...this.releasing]);
    await this.slots.close();
  }
}
