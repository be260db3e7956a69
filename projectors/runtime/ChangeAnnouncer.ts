import type { ChangeSignal, UserChange } from '../../infra/changeSignal/index.js';
import type { Logger } from '../../platform/observability/index.js';

/**
 * Announces a runner's changes on the change signal after each commit (never before: a
 * subscriber must not read ahead of what is committed). An announcement that fails is owed as
 * "changes were lost", sent before the next one: subscribers then forget what they knew rather
 * than answer "nothing changed" from stale knowledge. Never throws: the changes are committed.
 */
export class ChangeAnnouncer {
  private owesLost = false;

  constructor(
    private readonly signal: ChangeSignal | undefined,
    private readonly logger: Logger,
  ) {}

  /** Records that subscribers must be told that changes may have gone unannounced. */
  owe(): void {
    if (this.signal) this.owesLost = true;
  }

  /** Sends what is owed, then `changes` (the latest position per user). */
  async announce(changes: ReadonlyMap<string, number> = new Map()): Promise<void> {
    if (!this.signal || (changes.size === 0 && !this.owesLost)) return;
    try {
      if (this.owesLost) await this.signal.publishLost();
      this.owesLost = false;
      if (changes.size > 0) await this.signal.publish(userChanges(changes));
    } catch (error) {
      this.owesLost = true;
      this.logger.warn(
        { err: error },
        'announcing feed changes failed; subscribers will be told they missed some',
      );
    }
  }
}

/** Keeps, per user, the latest position announced within one transaction. */
export function collectChange(changes: Map<string, number>, userId: string, position: number): void {
  changes.set(userId, Math.max(changes.get(userId) ?? 0, position));
}

export function userChanges(changes: ReadonlyMap<string, number>): UserChange[] {
  return [...changes].map(([userId, position]) => ({ userId, position }));
}
