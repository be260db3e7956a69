export interface TypingLimits {
  /** At most one typing call per conversation this often (the server shows one for 6 s). */
  perConversationMs: number;
  /** At most `count` calls per `windowMs` in all (the server's limit: 10 per 10 s per user). */
  count: number;
  windowMs: number;
}

export const DEFAULT_TYPING_LIMITS: TypingLimits = { perConversationMs: 3_000, count: 10, windowMs: 10_000 };

/**
 * Decides which "is typing" calls go to the server: one per conversation per interval (a
 * keystroke every 100 ms becomes one call every 3 s, which keeps the 6 s indicator lit), and
 * never more than the server's limit in any window, so the app is never answered 429.
 */
export class TypingThrottle {
  private readonly lastByConversation = new Map<string, number>();
  private sentAt: number[] = [];

  constructor(
    private readonly limits: TypingLimits = DEFAULT_TYPING_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when a call for `conversationId` may go now (and counts it as sent). */
  take(conversationId: string): boolean {
    const now = this.now();
    const last = this.lastByConversation.get(conversationId);
    if (last !== undefined && now - last < this.limits.perConversationMs) return false;
    this.sentAt = this.sentAt.filter((t) => now - t < this.limits.windowMs);
    if (this.sentAt.length >= this.limits.count) return false;
    this.sentAt.push(now);
    this.lastByConversation.set(conversationId, now);
    return true;
  }

  /** The user sent the message or cleared the field: the next keystroke may signal at once. */
  reset(conversationId: string): void {
    this.lastByConversation.delete(conversationId);
  }
}
