import { describe, expect, it } from 'vitest';
import type { InboxEntry } from './readInbox.js';
import { sentEntryOf } from './sentEntryOf.js';

const row: InboxEntry = { listed: true, deleted: false, position: 7 };

/**
 * Reads on a clock that moves only when a wait times out: the row appears with the announcement
 * numbered `appearsWith` (the user's changes are announced at positions 1, 2, …, one per wait),
 * or never; `silentAfter` makes it appear unannounced after that many ms.
 */
function reads(options: { appearsWith?: number; silentAfter?: number; requested?: boolean } = {}) {
  let clock = 0;
  let announced: number | undefined;
  const log = { reads: 0, waits: [] as { mark: number | undefined; ms: number }[] };
  const present = () =>
    (options.appearsWith !== undefined && (announced ?? 0) >= options.appearsWith) ||
    (options.silentAfter !== undefined && clock >= options.silentAfter);
  return {
    log,
    reads: {
      entry: async () => (log.reads++, present() ? row : null),
      requested: async () => options.requested ?? true,
      mark: () => announced,
      changedSince: async (mark: number | undefined, ms: number) => {
        log.waits.push({ mark, ms });
        if (options.appearsWith !== undefined) announced = (mark ?? 0) + 1;
        else clock += ms;
      },
      now: () => clock,
    },
  };
}

describe('sentEntryOf', () => {
  it('when the row is there, it should answer it without waiting', async () => {
    const { reads: r, log } = reads({ appearsWith: 0 });
    expect(await sentEntryOf(r)).toEqual(row);
    expect(log.waits).toEqual([]);
  });

  it('when the page is not projected yet, it should read again on each change announced to the user, from the mark before its read', async () => {
    const { reads: r, log } = reads({ appearsWith: 3 });
    expect(await sentEntryOf(r)).toEqual(row);
    expect(log.waits).toEqual([
      { mark: undefined, ms: 3_000 },
      { mark: 1, ms: 3_000 },
      { mark: 2, ms: 3_000 },
    ]);
    expect(log.reads).toBe(4);
  });

  it('when nothing is announced, it should wait once, to the bound, and read once more (a silent notification is not announced)', async () => {
    const silent = reads({ silentAfter: 3_000 });
    expect(await sentEntryOf(silent.reads)).toEqual(row);
    expect(silent.log.waits).toEqual([{ mark: undefined, ms: 3_000 }]);
    const never = reads();
    expect(await sentEntryOf(never.reads, 500)).toBeNull();
    expect(never.log.waits).toEqual([{ mark: undefined, ms: 500 }]);
    expect(never.log.reads).toBe(2);
  });

  it('when the notification is unknown, it should answer null at once', async () => {
    const unknown = reads({ requested: false });
    expect(await sentEntryOf(unknown.reads)).toBeNull();
    expect(unknown.log.waits).toEqual([]);
  });

  it('before the read model exists, it should answer undefined (503) without waiting', async () => {
    const { reads: r, log } = reads();
    const answer = await sentEntryOf({ ...r, entry: async () => undefined, requested: async () => false });
    expect(answer).toBeUndefined();
    expect(log.waits).toEqual([]);
  });
});
