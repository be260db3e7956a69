import type { ChangeSignal } from '../../infra/changeSignal/index.js';
import { Waiters } from '../../platform/async/index.js';

const MAX_USERS = 200_000;

/**
 * Knows, without a query, the position of each user's latest feed change: projections announce
 * their changes after each commit on the change signal (subscribed here), and each feed query
 * reports what it saw. An unknown user is "maybe changed", and so is everyone after the signal
 * reported a loss (a lost connection, a publisher that may have died before announcing).
 * Long-polls wait here and are woken when their user's feed moves.
 */
export class FeedChangeTracker {
  private readonly latest = new Map<string, number>();
  private readonly waiting = new Map<string, Waiters>();
  private unlisten: (() => Promise<void>) | undefined;

  async start(signal: ChangeSignal): Promise<void> {
    this.unlisten = await signal.subscribe(
      (userId, position) => this.advance(userId, position),
      () => this.forgetAll(),
    );
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    for (const waiters of this.waiting.values()) waiters.wakeAll();
  }

  /** Records that the user's feed has a change at `position` (or, from a query, nothing after it); never lowers. */
  advance(userId: string, position: number): void {
    const known = this.latest.get(userId);
    if (known !== undefined && known >= position) return;
    if (known === undefined && this.latest.size >= MAX_USERS) {
      const oldest = this.latest.keys().next().value;
      if (oldest !== undefined) this.latest.delete(oldest);
    }
    this.latest.set(userId, position);
    this.waiting.get(userId)?.wakeAll();
  }

  /**
   * What a query of the user's whole feed (no collection filter) learned: from `from` up to
   * `upTo` (where every feed projection had reached), the last change is at `lastChange`, or there
   * is none. Unlike `advance` this may lower what is known: the latest change is then the one
   * found, or (none found) at most `from`, so another device of the user whose cursor is behind
   * `upTo` but not behind the change still gets its 304. It does so only while nothing known lies
   * after `upTo`: a change announced after the query's snapshot is kept.
   */
  settle(userId: string, from: number, lastChange: number | undefined, upTo: number): void {
    const known = this.latest.get(userId);
    if (known !== undefined && known > upTo) return;
    const settled = lastChange ?? Math.min(known ?? from, from);
    if (known === undefined) this.advance(userId, settled);
    else this.latest.set(userId, settled);
  }

  /** The position of the user's latest known feed change, if known. */
  latestKnown(userId: string): number | undefined {
    return this.latest.get(userId);
  }

  /** True only when the user's feed has certainly not changed after `position`. */
  unchangedSince(userId: string, position: number): boolean {
    const known = this.latest.get(userId);
    return known !== undefined && known <= position;
  }

  /** Resolves when the user's feed moves past `position`, or after `ms`. */
  async waitForChange(userId: string, position: number, ms: number, signal: AbortSignal): Promise<void> {
    if (this.latest.has(userId) && !this.unchangedSince(userId, position)) return;
    let waiters = this.waiting.get(userId);
    if (!waiters) this.waiting.set(userId, (waiters = new Waiters()));
    try {
      await waiters.wait(ms, signal);
    } finally {
      if (waiters.size === 0) this.waiting.delete(userId);
    }
  }

  /** After announcements were lost: nothing is known any more, and every long-poll re-reads. */
  private forgetAll(): void {
    this.latest.clear();
    for (const waiters of this.waiting.values()) waiters.wakeAll();
  }
}
