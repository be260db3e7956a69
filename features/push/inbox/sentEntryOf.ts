import type { InboxEntry } from './readInbox.js';

/** How long a receipt waits for the fan-out's page to reach the inbox read model. */
export const EARLY_RECEIPT_WAIT_MS = 3_000;

export interface SentEntryReads {
  /** The user's row of the notification: undefined before the read model exists, null without one. */
  entry(): Promise<InboxEntry | null | undefined>;
  /** Whether the read model knows the notification at all (it was requested). */
  requested(): Promise<boolean>;
  /** Where the user's announced changes stand (the change signal), taken before a read: undefined when unknown. */
  mark(): number | undefined;
  /**
   * Resolves when a change to the user after `mark` is announced (or announcements were lost),
   * or after `ms`, whichever comes first.
   */
  changedSince(mark: number | undefined, ms: number): Promise<void>;
  /** Milliseconds, for the bound. */
  now(): number;
}

/**
 * The user's row of a notification a device reports received or opened. The push can reach the
 * device before the fan-out has recorded its page, and the page before the inbox projection has
 * applied it, so a receipt for a requested notification without a row yet waits for it (up to
 * `waitMs`) instead of being refused; an id the read model never saw requested is refused at once.
 * It reads again when the inbox projection announces a change to the user, not on a timer; a row
 * that is not announced (a silent notification's) is read once more at the bound.
 */
export async function sentEntryOf(
  reads: SentEntryReads,
  waitMs = EARLY_RECEIPT_WAIT_MS,
): Promise<InboxEntry | null | undefined> {
  let mark = reads.mark();
  const first = await reads.entry();
  if (first !== null || !(await reads.requested())) return first;
  const deadline = reads.now() + waitMs;
  for (let left = waitMs; left > 0; left = deadline - reads.now()) {
    await reads.changedSince(mark, left);
    mark = reads.mark();
    const entry = await reads.entry();
    if (entry !== null) return entry;
  }
  return null;
}
