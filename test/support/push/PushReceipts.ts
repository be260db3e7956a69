/** What a local provider server saw of one (notification, device). */
interface Receipt {
  count: number;
  firstAt: number;
  /**
   * What makes a repeat the same notification on the device (APNs: `apns-id`; FCM: the Android
   * notification's `tag`), so a repeat replaces the first rather than showing twice.
   */
  effect: string;
}

const now = () => performance.timeOrigin + performance.now();

/**
 * Counts what the local APNs and FCM servers accept, per (notification, device), without keeping
 * the notifications: receipts, repeats, the first and last arrival (epoch milliseconds).
 */
export class PushReceipts {
  private readonly receipts = new Map<string, Receipt>();
  total = 0;
  /** Receipts beyond the first of their (notification, device). */
  duplicates = 0;
  /** Repeats that did not carry their first receipt's `effect` (the device would show both). */
  effectMismatches = 0;
  firstAt: number | undefined;
  lastAt: number | undefined;

  record(notification: string, device: string, effect: string, at = now()): void {
    const key = `${notification}\n${device}`;
    this.total++;
    this.firstAt ??= at;
    this.lastAt = at;
    const seen = this.receipts.get(key);
    if (!seen) {
      this.receipts.set(key, { count: 1, firstAt: at, effect });
      return;
    }
    seen.count++;
    this.duplicates++;
    if (seen.effect !== effect) this.effectMismatches++;
  }

  /** Distinct (notification, device) pairs received. */
  get distinct(): number {
    return this.receipts.size;
  }

  /** How often this (notification, device) was received. */
  countOf(notification: string, device: string): number {
    return this.receipts.get(`${notification}\n${device}`)?.count ?? 0;
  }

  /** When this (notification, device) was first received. */
  firstAtOf(notification: string, device: string): number | undefined {
    return this.receipts.get(`${notification}\n${device}`)?.firstAt;
  }

  /** The (notification, device) pairs received more than once, with their counts. */
  repeated(): { notification: string; device: string; count: number }[] {
    return [...this.receipts]
      .filter(([, r]) => r.count > 1)
      .map(([key, r]) => {
        const [notification, device] = key.split('\n') as [string, string];
        return { notification, device, count: r.count };
      });
  }

  /** Forgets everything (between runs). */
  clear(): void {
    this.receipts.clear();
    this.total = this.duplicates = this.effectMismatches = 0;
    this.firstAt = this.lastAt = undefined;
  }

  /** Resolves once `distinct` reaches `count`; rejects after `timeoutMs` without progress. */
  async waitForDistinct(count: number, timeoutMs = 60_000): Promise<void> {
    let last = this.distinct;
    let progressAt = Date.now();
    while (this.distinct < count) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (this.distinct !== last) {
        last = this.distinct;
        progressAt = Date.now();
      } else if (Date.now() - progressAt > timeoutMs)
        throw new Error(`${this.distinct} of ${count} received; nothing new for ${timeoutMs} ms`);
    }
  }
}
