import { addDays, instantsAt, isTimeZone, parseInstant } from '../notification/index.js';

/**
 * When a campaign sends: at once, at a UTC instant, or at a wall-clock time on a date in each
 * recipient's own zone (the device's timezone), which spreads it over the day as the date's
 * `time` comes round the world.
 */
export type CampaignSchedule =
  { type: 'now' } | { type: 'at'; at: string } | { type: 'localTime'; date: string; time: string };

/** Every zone's offset is a whole quarter hour: local-time campaigns start a wave every 15 minutes. */
export const WAVE_MS = 15 * 60_000;

const HOUR_MS = 3_600_000;
/** The extreme offsets in the tz database: UTC+14 (Kiribati) and UTC−12 (Baker Island). */
const EARLIEST_OFFSET_MS = 14 * HOUR_MS;
const LATEST_OFFSET_MS = 12 * HOUR_MS;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function civil(schedule: { date: string; time: string }) {
  const d = DATE.exec(schedule.date);
  const t = TIME.exec(schedule.time);
  if (!d || !t) return null;
  const date = { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) };
  // A calendar date reads back the same (2026-02-31 does not).
  const same = addDays(date, 0);
  if (same.year !== date.year || same.month !== date.month || same.day !== date.day) return null;
  return { date, minutes: Number(t[1]) * 60 + Number(t[2]) };
}

/** The date's wall time read as UTC, epoch ms; NaN when the date or time is not one. */
function asUtcMs(schedule: { date: string; time: string }): number {
  return civil(schedule) ? parseInstant(`${schedule.date}T${schedule.time}:00Z`) : NaN;
}

/**
 * The span of instants the schedule sends in: one instant for `now` (at `nowMs`) and `at`; for
 * `localTime`, from the date's time in UTC+14 to the same in UTC−12. NaN bounds for a malformed one.
 */
export function scheduleSpan(schedule: CampaignSchedule, nowMs: number): { firstMs: number; lastMs: number } {
  switch (schedule.type) {
    case 'now':
      return { firstMs: nowMs, lastMs: nowMs };
    case 'at': {
      const at = parseInstant(schedule.at);
      return { firstMs: at, lastMs: at };
    }
    case 'localTime': {
      const utc = asUtcMs(schedule);
      return { firstMs: utc - EARLIEST_OFFSET_MS, lastMs: utc + LATEST_OFFSET_MS };
    }
  }
}

/**
 * When a recipient in `timeZone` is sent to: the first instant their clock shows the schedule's
 * date and time (in a spring-forward gap, the end of the gap); for `now` and `at`, the one
 * instant. An unknown zone is taken as UTC.
 */
export function sendInstantFor(schedule: CampaignSchedule, timeZone: string, nowMs: number): number {
  if (schedule.type !== 'localTime') return scheduleSpan(schedule, nowMs).firstMs;
  const c = civil(schedule);
  if (!c) return NaN;
  return instantsAt(c.date, c.minutes, isTimeZone(timeZone) ? timeZone : 'UTC')[0]!;
}

/**
 * The waves a schedule starts, as their instants: one for `now` and `at`; for `localTime`, every
 * 15 minutes across the span, each sending to the recipients whose own instant is in
 * (previous wave, this wave].
 */
export function waveInstants(schedule: CampaignSchedule, nowMs: number): number[] {
  const { firstMs, lastMs } = scheduleSpan(schedule, nowMs);
  if (schedule.type !== 'localTime') return [firstMs];
  const waves: number[] = [];
  for (let t = firstMs; t <= lastMs; t += WAVE_MS) waves.push(t);
  return waves;
}
