import type { NotificationCategory } from './catalog.js';

/** Where a notification is delivered: a push to the user's devices, or their in-app inbox. */
export type Channel = 'push' | 'inbox';

/** What quiet hours do to a category's notifications: wait for their end, or drop them. */
export type QuietHoursAction = 'defer' | 'drop';

/** At most `max` notifications of a category per rolling `periodMinutes`. */
export interface FrequencyCap {
  max: number;
  periodMinutes: number;
}

export interface CategoryPreference {
  push: boolean;
  inbox: boolean;
  quietHours: QuietHoursAction;
  cap: FrequencyCap | null;
}

/** Local wall-clock times `HH:MM` (24 h) in the user's timezone; `end` may be after midnight. */
export interface QuietHours {
  start: string;
  end: string;
}

/** A user's notification preferences (one document, replaced whole). */
export interface NotificationPreferences {
  /** IANA timezone of the user ("Europe/London"); quiet hours are read in it. */
  timezone: string;
  quietHours: QuietHours | null;
  /** Per category; a category left out has the default (everything on, defer, no cap). */
  categories: Record<string, CategoryPreference>;
}

export const defaultCategoryPreference: CategoryPreference = {
  push: true,
  inbox: true,
  quietHours: 'defer',
  cap: null,
};

export const defaultNotificationPreferences: NotificationPreferences = {
  timezone: 'UTC',
  quietHours: null,
  categories: {},
};

/** Every declared category with its setting (the default where the user set none). */
export function effectivePreferences(
  preferences: NotificationPreferences,
  categories: readonly NotificationCategory[],
): NotificationPreferences {
  return {
    ...preferences,
    categories: Object.fromEntries(
      categories.map((c) => [c.name, preferences.categories[c.name] ?? defaultCategoryPreference]),
    ),
  };
}
