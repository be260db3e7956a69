/** Something open that a stopping process ends. */
export interface Closable {
  shutdown(): void;
}

/**
 * The realtime connections (streams and sockets) of this process: at most `maxPerUser` per user,
 * and every one ended when the process stops.
 */
export class ConnectionLimits {
  private readonly perUser = new Map<string, number>();
  private readonly open = new Set<Closable>();

  constructor(private readonly maxPerUser: number) {}

  /** Whether the user may open one more. */
  allows(userId: string): boolean {
    return (this.perUser.get(userId) ?? 0) < this.maxPerUser;
  }

  /** Counts a connection of the user (checked with `allows` first); the answer releases it once. */
  take(userId: string, connection: Closable): () => void {
    this.perUser.set(userId, (this.perUser.get(userId) ?? 0) + 1);
    this.open.add(connection);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.open.delete(connection);
      const left = (this.perUser.get(userId) ?? 1) - 1;
      if (left > 0) this.perUser.set(userId, left);
      else this.perUser.delete(userId);
    };
  }

  get size(): number {
    return this.open.size;
  }

  shutdownAll(): void {
    for (const connection of [...this.open]) connection.shutdown();
  }
}
