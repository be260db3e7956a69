// Calendar arithmetic without Date (domain/ reads no clock, so it does not use Date at all):
// days since 1970-01-01 from a proleptic Gregorian date and back (H. Hinnant's algorithms).

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const MINUTE = 60_000;
const DAY = 1_440 * MINUTE;

/** Floor division for integers of any sign. */
export const floorDiv = (a: number, b: number) => (a - (((a % b) + b) % b)) / b;

export function daysFromCivil({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = floorDiv(153 * mp + 2, 5) + day - 1;
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = floorDiv(z, 146_097);
  const doe = z - era * 146_097;
  const yoe = floorDiv(doe - floorDiv(doe, 1_460) + floorDiv(doe, 36_524) - floorDiv(doe, 146_096), 365);
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const day = doy - floorDiv(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Milliseconds since the epoch of a UTC wall time (`minutes` since midnight). */
export const utcMs = (date: CivilDate, minutes = 0) => daysFromCivil(date) * DAY + minutes * MINUTE;

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO-8601 instant with a zone designator (`Z` or `±HH:MM`) as epoch milliseconds; NaN if not one. */
export function parseInstant(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s = '0', ms = '0', zone] = m;
  const date = { year: Number(y), month: Number(mo), day: Number(d) };
  const back = civilFromDays(daysFromCivil(date));
  if (
    back.month !== date.month ||
    back.day !== date.day ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s) > 59
  )
    return Number.NaN;
  const offset =
    zone === 'Z'
      ? 0
      : (zone!.startsWith('-') ? -1 : 1) * (Number(zone!.slice(1, 3)) * 60 + Number(zone!.slice(4, 6)));
  return utcMs(date, Number(h) * 60 + Number(mi) - offset) + Number(s) * 1000 + Number(ms.padEnd(3, '0'));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Epoch milliseconds as `YYYY-MM-DDTHH:MM:SS.sssZ`. */
export function formatInstant(ms: number): string {
  const days = floorDiv(ms, DAY);
  const { year, month, day } = civilFromDays(days);
  let rest = ms - days * DAY;
  const h = floorDiv(rest, 3_600_000);
  rest -= h * 3_600_000;
  const mi = floorDiv(rest, MINUTE);
  rest -= mi * MINUTE;
  const s = floorDiv(rest, 1000);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(h)}:${pad(mi)}:${pad(s)}.${pad(rest - s * 1000, 3)}Z`;
}
