import { describe, expect, it } from 'vitest';
import { fanOutPace, nextPageAt, parseInstant, formatInstant } from './index.js';

/** The most pushes any half-open 60 s window holds when every page is full and goes when due. */
function busiestMinute(pageSize: number, throttle: number, pages: number): number {
  const pace = fanOutPace(pageSize, throttle);
  const times: number[] = [];
  let last: string | null = null;
  let now = parseInstant('2026-03-01T00:00:00.000Z');
  for (let n = 0; n < pages; n++) {
    // The injected clock: as soon as the pace lets the next page go, it goes.
    const due = nextPageAt(pace, last, formatInstant(now));
    if (due !== null) now = parseInstant(due);
    times.push(now);
    last = formatInstant(now);
    now += 7; // the page takes a few milliseconds
  }
  let most = 0;
  for (const start of times) {
    const inside = times.filter((t) => t >= start && t < start + 60_000).length;
    most = Math.max(most, inside * pace.pageSize);
  }
  return most;
}

describe('the pace of a throttled fan-out', () => {
  it('an unthrottled notification pages as fast as it goes', () => {
    expect(fanOutPace(500)).toEqual({ pageSize: 500, intervalMs: 0 });
    expect(nextPageAt(fanOutPace(500), '2026-03-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z')).toBeNull();
  });

  it('pages hold at most the throttle, and go a minute over the pages a minute apart', () => {
    expect(fanOutPace(500, 100)).toEqual({ pageSize: 100, intervalMs: 60_000 });
    expect(fanOutPace(500, 10_000)).toEqual({ pageSize: 500, intervalMs: 3_000 });
    // 150 a minute with pages of 100: two pages of 75, 30 s apart.
    expect(fanOutPace(100, 150)).toEqual({ pageSize: 75, intervalMs: 30_000 });
    // 7 a minute with pages of 5: two pages of 3 (6 a minute, never 10).
    expect(fanOutPace(5, 7)).toEqual({ pageSize: 3, intervalMs: 30_000 });
    expect(fanOutPace(500, 1)).toEqual({ pageSize: 1, intervalMs: 60_000 });
    // A minute that does not divide: the interval rounds up, never down.
    expect(fanOutPace(1, 7).intervalMs).toBe(8_572);
  });

  it('the next page waits for the previous page time plus the interval, from the recorded times', () => {
    const pace = fanOutPace(500, 100);
    expect(nextPageAt(pace, null, '2026-03-01T00:00:00.000Z')).toBeNull();
    expect(nextPageAt(pace, '2026-03-01T00:00:00.000Z', '2026-03-01T00:00:59.999Z')).toBe(
      '2026-03-01T00:01:00.000Z',
    );
    expect(nextPageAt(pace, '2026-03-01T00:00:00.000Z', '2026-03-01T00:01:00.000Z')).toBeNull();
    expect(() => nextPageAt(pace, 'yesterday', '2026-03-01T00:00:00.000Z')).toThrow(RangeError);
  });

  it('no minute ever holds more pushes than the throttle', () => {
    for (const [pageSize, throttle] of [
      [500, 100],
      [100, 150],
      [5, 7],
      [2, 3],
      [500, 10_000],
      [500, 9_999],
      [1, 7],
      [3, 1],
    ] as const) {
      const most = busiestMinute(pageSize, throttle, 200);
      expect(most, `${pageSize} a page, ${throttle} a minute`).toBeLessThanOrEqual(throttle);
      // And not far under it: at least half the throttle goes out in a busy minute.
      expect(most).toBeGreaterThanOrEqual(Math.min(throttle, pageSize) / 2);
    }
  });
});
