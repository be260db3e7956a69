import { describe, expect, it } from 'vitest';
import type { InboxEntry } from './readInbox.js';
import { sentEntryOf } from './sentEntryOf.js';

const row: InboxEntry = { listed: true, deleted: false, position: 7 };

/** Reads whose row appears after `appearsAfter` reads, and the sleeps they were given. */
function reads(appearsAfter: number, requested = true) {
  let count = 0;
  const slept: number[] = [];
  return {
    slept,
    reads: {
      entry: async () => (++count > appearsAfter ? row : null),
      requested: async () => requested,
      sleep: async (ms: number) => {
        slept.push(ms);
      },
    },
  };
}

describe('sentEntryOf', () => {
  it('when the row is there, it should answer it without waiting', async () => {
    const { reads: r, slept } = reads(0);
    expect(await sentEntryOf(r)).toEqual(row);
    expect(slept).toEqual([]);
  });

  it('when the notification was requested but its page is not projected yet, it should wait for the row', async () => {
    const { reads: r, slept } = reads(3);
    expect(await sentEntryOf(r)).toEqual(row);
    expect(slept).toHaveLength(3);
  });

  it('when the row never comes, it should give up after the wait; an unknown notification at once', async () => {
    const late = reads(1_000);
    expect(await sentEntryOf(late.reads, 500)).toBeNull();
    expect(late.slept.reduce((a, b) => a + b, 0)).toBe(500);
    const unknown = reads(1_000, false);
    expect(await sentEntryOf(unknown.reads)).toBeNull();
    expect(unknown.slept).toEqual([]);
  });

  it('before the read model exists, it should answer undefined (503) without waiting', async () => {
    const slept: number[] = [];
    const answer = await sentEntryOf({
      entry: async () => undefined,
      requested: async () => false,
      sleep: async (ms) => void slept.push(ms),
    });
    expect(answer).toBeUndefined();
    expect(slept).toEqual([]);
  });
});
