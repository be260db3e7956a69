import {
  DomainError,
  eventTypesOf,
  sameJson,
  type Decider,
  type DomainCommand,
  type DomainEvent,
  type PersonalFields,
} from '../shared/index.js';
import type { NotificationCategory } from './catalog.js';
import type { NotificationPreferences } from './preferences.js';
import { validatePreferences } from './validatePreferences.js';

/** Stream `preferences-<userId>`: one user's notification preferences. */
export const PREFERENCES_CATEGORY = 'preferences';

/** Replaces the actor's preferences; `categories` are the declared ones (configuration, as data). */
export type SetNotificationPreferences = DomainCommand<
  'SetNotificationPreferences',
  { preferences: NotificationPreferences; categories: readonly NotificationCategory[] }
>;

export type NotificationPreferencesSet = DomainEvent<
  'NotificationPreferencesSet',
  { userId: string; preferences: NotificationPreferences; at: string }
>;

export type PreferencesEvent = NotificationPreferencesSet;

export type PreferencesState = { userId: string | null; preferences: NotificationPreferences | null };

/** Nothing personal beyond the user id (the timezone is the app's, chosen by the user). */
export const preferencesPersonalFields = {
  NotificationPreferencesSet: [],
} satisfies PersonalFields<PreferencesEvent>;

function decide(command: SetNotificationPreferences, state: PreferencesState): PreferencesEvent[] {
  const userId = command.metadata.userId;
  if (!userId) throw new DomainError('forbidden', 'unauthenticated', 'A signed-in user is required');
  const problems = validatePreferences(command.data.preferences, command.data.categories);
  const first = problems[0];
  if (first) {
    const reason =
      first.kind === 'unmutable'
        ? 'category_not_mutable'
        : first.kind === 'unknown_category'
          ? 'unknown_category'
          : 'invalid_preferences';
    throw new DomainError('invalid', reason, problems.map((p) => `${p.pointer}: ${p.message}`).join('; '));
  }
  if (state.preferences && sameJson(state.preferences, command.data.preferences)) return [];
  return [
    {
      type: 'NotificationPreferencesSet',
      data: { userId, preferences: command.data.preferences, at: command.metadata.now },
    },
  ];
}

export const preferencesDecider: Decider<SetNotificationPreferences, PreferencesEvent, PreferencesState> = {
  eventTypes: eventTypesOf(preferencesPersonalFields),
  decide,
  evolve: (_state, event) => ({ userId: event.data.userId, preferences: event.data.preferences }),
  initialState: () => ({ userId: null, preferences: null }),
};
