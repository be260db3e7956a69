import { civilFromDays, daysFromCivil, floorDiv, utcMs } from './civilTime.js';

/** Wall-clock reading of an instant in an IANA zone (pure: the tz database is data, not a clock). */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  /** Minutes since local midnight. */
  minutes: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function formatOf(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(timeZone)) return false;
  try {
    formatOf(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function wallTimeOf(instantMs: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatOf(timeZone).formatToParts(instantMs))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    minutes: parts.hour! * 60 + parts.minute!,
  };
}

/** The zone's offset from UTC at an instant, in minutes (whole minutes). */
function offsetAt(instantMs: number, timeZone: string): number {
  const w = wallTimeOf(instantMs, timeZone);
  return w.minutes + daysFromCivil(w) * 1_440 - floorDiv(instantMs, 60_000);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The instants whose wall time in `timeZone` is `minutes` on the date (year, month, day): one
 * usually, two in a fall-back overlap; in a spring-forward gap (the time never shows), the
 * instant the gap ends, when the clock first shows a later time.
 */
export function instantsAt(
  date: { year: number; month: number; day: number },
  minutes: number,
  timeZone: string,
) {
  const guess = utcMs(date, minutes);
  const before = offsetAt(guess - 12 * HOUR, timeZone);
  const after = offsetAt(guess + 12 * HOUR, timeZone);
  const found = [...new Set([before, after])]
    .map((offset) => guess - offset * MINUTE)
    .filter((t) => {
      const w = wallTimeOf(t, timeZone);
      return w.day === date.day && w.minutes === minutes;
    })
    .sort((a, b) => a - b);
  if (found.length > 0) return found;
  // A gap: the transition lies between the two readings; find its first minute.
  let low = guess - before * MINUTE - HOUR * 3;
  let high = guess - after * MINUTE + HOUR * 3;
  if (low > high) [low, high] = [high, low];
  const afterGap = (t: number) => offsetAt(t, timeZone) === after;
  while (high - low > MINUTE) {
    const mid = floorDiv(low + high, 2 * MINUTE) * MINUTE;
    if (afterGap(mid)) high = mid;
    else low = mid;
  }
  return [high];
}

/** The calendar date `days` after (year, month, day). */
export function addDays(date: { year: number; month: number; day: number }, days: number) {
  return civilFromDays(daysFromCivil(date) + days);
}
