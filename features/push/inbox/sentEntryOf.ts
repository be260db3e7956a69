import type { InboxEntry } from './readInbox.js';

/** How long a receipt waits for the fan-out's page to reach the inbox read model. */
export const EARLY_RECEIPT_WAIT_MS = 3_000;
const STEP_MS = 50;

export interface SentEntryReads {
  /** The user's row of the notification: undefined before the read model exists, null without one. */
  entry(): Promise<InboxEntry | null | undefined>;
  /** Whether the read model knows the notification at all (it was requested). */
  requested(): Promise<boolean>;
  sleep(ms: number): Promise<void>;
}

/**
 * The user's row of a notification a device reports received or opened. The push can reach the
 * device before the fan-out has recorded its page, and the page before the inbox projection has
 * applied it, so a receipt for a requested notification without a row yet waits for it (up to
 * `waitMs`) instead of being refused; an id the read model never saw requested is refused at once.
 */
export async function sentEntryOf(
  reads: SentEntryReads,
  waitMs = EARLY_RECEIPT_WAIT_MS,
): Promise<InboxEntry | null | undefined> {
  const first = await reads.entry();
  if (first !== null || !(await reads.requested())) return first;
  for (let waited = 0; waited < waitMs; waited += STEP_MS) {
    await reads.sleep(STEP_MS);
    const entry = await reads.entry();
    if (entry !== null) return entry;
  }
  return null;
}
