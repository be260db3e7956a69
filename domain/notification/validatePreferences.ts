import type { NotificationCategory } from './catalog.js';
import { defaultCategoryPreference, type NotificationPreferences } from './preferences.js';
import { isTimeZone } from './zonedTime.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const MAX_CAP = 1_000;
/** 30 days. */
export const MAX_CAP_PERIOD_MINUTES = 43_200;

export interface PreferenceProblem {
  /** Where, as a JSON pointer into the document. */
  pointer: string;
  /** `unmutable` when a setting would silence a category that cannot be muted. */
  kind: 'invalid' | 'unknown_category' | 'unmutable';
  message: string;
}

/**
 * What is wrong with a preferences document against the declared categories (every problem).
 * A category that cannot be muted accepts only its default setting: on for push and inbox,
 * deferred (never dropped), no cap.
 */
export function validatePreferences(
  preferences: NotificationPreferences,
  categories: readonly NotificationCategory[],
): PreferenceProblem[] {
  const problems: PreferenceProblem[] = [];
  const invalid = (pointer: string, message: string) => problems.push({ pointer, kind: 'invalid', message });
  if (!isTimeZone(preferences.timezone)) invalid('/timezone', 'not an IANA timezone (e.g. "Europe/London")');
  const quiet = preferences.quietHours;
  if (quiet) {
    if (!TIME.test(quiet.start)) invalid('/quietHours/start', 'a local time HH:MM (00:00–23:59)');
    if (!TIME.test(quiet.end)) invalid('/quietHours/end', 'a local time HH:MM (00:00–23:59)');
    if (quiet.start === quiet.end) invalid('/quietHours', 'start and end must differ');
  }
  for (const [name, setting] of Object.entries(preferences.categories)) {
    const pointer = `/categories/${name}`;
    const category = categories.find((c) => c.name === name);
    if (!category) {
      problems.push({ pointer, kind: 'unknown_category', message: `no category "${name}"` });
      continue;
    }
    const cap = setting.cap;
    if (cap) {
      if (!Number.isInteger(cap.max) || cap.max < 1 || cap.max > MAX_CAP)
        invalid(`${pointer}/cap/max`, `an integer from 1 to ${MAX_CAP}`);
      if (
        !Number.isInteger(cap.periodMinutes) ||
        cap.periodMinutes < 1 ||
        cap.periodMinutes > MAX_CAP_PERIOD_MINUTES
      )
        invalid(`${pointer}/cap/periodMinutes`, `an integer from 1 to ${MAX_CAP_PERIOD_MINUTES}`);
    }
    const d = defaultCategoryPreference;
    if (
      !category.mutable &&
      (setting.push !== d.push || setting.inbox !== d.inbox || setting.quietHours !== d.quietHours || cap)
    )
      problems.push({
        pointer,
        kind: 'unmutable',
        message: `"${name}" alerts cannot be muted, dropped or capped`,
      });
  }
  return problems;
}
