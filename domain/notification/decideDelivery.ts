import type { NotificationCategory } from './catalog.js';
import {
  defaultCategoryPreference,
  type Channel,
  type NotificationPreferences,
  type QuietHours,
} from './preferences.js';
import { formatInstant, parseInstant } from './civilTime.js';
import { addDays, instantsAt, wallTimeOf } from './zonedTime.js';

export type SuppressReason = 'muted' | 'quiet_hours' | 'frequency_cap';

export type DeliveryDecision =
  { action: 'send' } | { action: 'defer'; until: string } | { action: 'suppress'; reason: SuppressReason };

export interface DeliveryQuestion {
  preferences: NotificationPreferences;
  category: NotificationCategory;
  channel: Channel;
  /** The current instant (ISO-8601): the function reads no clock. */
  now: string;
  /** How many of this category the user was sent in the cap's rolling period before `now`. */
  recentCount: number;
}

/** `HH:MM` as minutes since midnight. */
export const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Whether local minute `m` is inside [start, end), wrapping past midnight when end < start. */
function inside(quiet: QuietHours, m: number): boolean {
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return false;
  return start < end ? m >= start && m < end : m >= start || m < end;
}

/**
 * The first instant after `nowMs` at which the user's clock leaves quiet hours: the first
 * instant showing `end` (the earlier of two in a fall-back overlap, unless already past; the
 * end of the gap when `end` never shows that day, spring forward).
 */
function endOfQuietHours(quiet: QuietHours, nowMs: number, timeZone: string): number {
  const today = wallTimeOf(nowMs, timeZone);
  const end = minutesOf(quiet.end);
  for (let days = 0; days <= 2; days++) {
    const next = instantsAt(addDays(today, days), end, timeZone).find((t) => t > nowMs);
    if (next !== undefined) return next;
  }
  /* c8 ignore next */
  throw new Error('quiet hours without an end');
}

/**
 * Whether a notification of `category` goes out on `channel` now, waits for the end of the
 * user's quiet hours, or is suppressed (muted, quiet hours set to drop, or its frequency cap
 * reached). A category that cannot be muted (security) is always sent at once. Pure: the instant
 * and the recent count arrive as arguments.
 */
export function decideDelivery(question: DeliveryQuestion): DeliveryDecision {
  const { preferences, category, channel, recentCount } = question;
  if (!category.mutable) return { action: 'send' };
  const preference = preferences.categories[category.name] ?? defaultCategoryPreference;
  if (!preference[channel]) return { action: 'suppress', reason: 'muted' };
  const nowMs = parseInstant(question.now);
  if (Number.isNaN(nowMs)) throw new RangeError(`not an instant: ${question.now}`);
  const quiet = preferences.quietHours;
  // Quiet hours hold pushes only: the inbox is read when the user opens the app.
  if (channel === 'push' && quiet && inside(quiet, wallTimeOf(nowMs, preferences.timezone).minutes)) {
    if (preference.quietHours === 'drop') return { action: 'suppress', reason: 'quiet_hours' };
    return {
      action: 'defer',
      until: formatInstant(endOfQuietHours(quiet, nowMs, preferences.timezone)),
    };
  }
  if (preference.cap && recentCount >= preference.cap.max)
    return { action: 'suppress', reason: 'frequency_cap' };
  return { action: 'send' };
}
