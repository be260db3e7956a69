import type { Database } from '../../infra/postgres/index.js';
import { FEED_CHANNEL } from '../../projectors/feed/index.js';

const MAX_USERS = 200_000;

/**
 * Knows, without a query, the position of each user's latest feed change: projections NOTIFY on
 * commit (LISTEN here), and each feed query reports what it saw. An unknown user is "maybe
 * changed". Waiters (long-polls) are woken when their user's feed moves.
 */
export class FeedChangeTracker {
  private readonly latest = new Map<string, number>();
  private readonly waiters = new Map<string, Set<() => void>>();
  private unlisten: (() => Promise<void>) | undefined;

  async start(db: Database): Promise<void> {
    this.unlisten = await db.listen(FEED_CHANNEL, (payload) => {
      const split = payload.lastIndexOf(':');
      this.advance(payload.slice(0, split), Number(payload.slice(split + 1)));
    });
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    for (const set of this.waiters.values()) for (const wake of set) wake();
  }

  /** Records that the user's feed has a change at `position` (or, from a query, nothing after it). */
  advance(userId: string, position: number): void {
    const known = this.latest.get(userId);
    if (known !== undefined && known >= position) return;
    if (known === undefined && this.latest.size >= MAX_USERS) {
      const oldest = this.latest.keys().next().value;
      if (oldest !== undefined) this.latest.delete(oldest);
    }
    this.latest.set(userId, position);
    for (const wake of this.waiters.get(userId) ?? []) wake();
  }

  /** True only when the user's feed has certainly not changed after `position`. */
  unchangedSince(userId: string, position: number): boolean {
    const known = this.latest.get(userId);
    return known !== undefined && known <= position;
  }

  /** Resolves when the user's feed moves past `position`, or after `ms`. */
  waitForChange(userId: string, position: number, ms: number, signal: AbortSignal): Promise<void> {
    if (!this.unchangedSince(userId, position) && this.latest.has(userId)) return Promise.resolve();
    return new Promise((resolve) => {
      let set = this.waiters.get(userId);
      if (!set) this.waiters.set(userId, (set = new Set()));
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        if (set.size === 0) this.waiters.delete(userId);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      set.add(done);
      signal.addEventListener('abort', done, { once: true });
    });
  }
}
