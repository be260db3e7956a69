import type { PersonalFields } from '../shared/index.js';
import type { PresenceSettingsEvent } from './presenceEvents.js';

/** Presence settings carry no personal data beyond the stream's own user id. */
export const presenceSettingsPersonalFields = {
  PresenceVisibilitySet: [],
} satisfies PersonalFields<PresenceSettingsEvent>;
