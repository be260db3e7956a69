import type { MessagePushCheckRequest } from './checkMessagePush.js';

const keyOf = (check: MessagePushCheckRequest) => `${check.conversationId.toLowerCase()}:${check.seq}`;

/**
 * The checks this worker has already decided, the newest `capacity` of them (oldest forgotten
 * first). A batch the bus hands over again because one of its checks was not ready yet then
 * decides only what is left. Forgetting one costs a repeated check, which requests nothing more
 * (the notification id is the same), so this is a saving, never a guarantee.
 */
export class SettledChecks {
  private readonly keys = new Set<string>();

  constructor(private readonly capacity = 10_000) {}

  has(check: MessagePushCheckRequest): boolean {
    return this.keys.has(keyOf(check));
  }

  add(checks: Iterable<MessagePushCheckRequest>): void {
    for (const check of checks) {
      const key = keyOf(check);
      this.keys.delete(key);
      this.keys.add(key);
    }
    for (const oldest of this.keys) {
      if (this.keys.size <= this.capacity) break;
      this.keys.delete(oldest);
    }
  }

  get size(): number {
    return this.keys.size;
  }
}
