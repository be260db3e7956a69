import { floorDiv, formatInstant, parseInstant } from './civilTime.js';

const MINUTE_MS = 60_000;

/**
 * How a notification's fan-out goes: at most `pageSize` devices a page, and a page not before
 * `intervalMs` after the previous page's recorded time (0: as fast as it goes).
 */
export interface FanOutPace {
  pageSize: number;
  intervalMs: number;
}

/**
 * The pace of a notification with at most `throttlePerMinute` pushes handed over per minute
 * (none: unthrottled) when the fan-out reads `pageSize` devices a page. With k = ⌈throttle /
 * pageSize⌉ pages a minute, a page holds ⌊throttle / k⌋ devices and pages are ⌈60 s / k⌉ apart:
 * any minute (a half-open 60 s window) holds at most k page starts, so at most k · ⌊throttle / k⌋
 * ≤ throttle pushes, however the pages fall. A device makes at most one push, so counting
 * devices read bounds the pushes handed over.
 */
export function fanOutPace(pageSize: number, throttlePerMinute?: number): FanOutPace {
  if (!throttlePerMinute || throttlePerMinute <= 0) return { pageSize, intervalMs: 0 };
  const size = pageSize < 1 ? 1 : pageSize;
  const pagesPerMinute = ceilDiv(throttlePerMinute, size);
  return {
    pageSize: floorDiv(throttlePerMinute, pagesPerMinute),
    intervalMs: ceilDiv(MINUTE_MS, pagesPerMinute),
  };
}

/** ⌈a / b⌉ for positive whole numbers (domain/ uses no Math global). */
const ceilDiv = (a: number, b: number) => floorDiv(a + b - 1, b);

/**
 * When the next page may go (ISO-8601), given the previous page's recorded time (null: no page
 * yet, so now); null when it may go at `now`. Pure: the instant arrives as an argument.
 */
export function nextPageAt(pace: FanOutPace, lastPageAt: string | null, now: string): string | null {
  if (pace.intervalMs === 0 || lastPageAt === null) return null;
  const due = parseInstant(lastPageAt) + pace.intervalMs;
  if (Number.isNaN(due)) throw new RangeError(`not an instant: ${lastPageAt}`);
  return parseInstant(now) >= due ? null : formatInstant(due);
}
