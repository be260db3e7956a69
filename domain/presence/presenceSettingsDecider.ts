import { DomainError, eventTypesOf, type Decider } from '../shared/index.js';
import type {
  PresenceSettingsEvent,
  PresenceSettingsState,
  SetPresenceVisibility,
} from './presenceEvents.js';
import { presenceSettingsPersonalFields } from './personalFields.js';

function decide(command: SetPresenceVisibility, state: PresenceSettingsState): PresenceSettingsEvent[] {
  const userId = command.metadata.userId;
  if (!userId) throw new DomainError('forbidden', 'forbidden', 'A signed-in user is required');
  if (state.hidden === command.data.hidden) return [];
  return [
    {
      type: 'PresenceVisibilitySet',
      data: { userId, hidden: command.data.hidden, at: command.metadata.now },
    },
  ];
}

export const PRESENCE_SETTINGS_CATEGORY = 'presenceSettings';

/**
 * A user's presence settings (`presenceSettings-<user>`): whether others see them online. A tiny
 * stream, durable where the cache is not (the embedded cache lives in the process).
 */
export const presenceSettingsDecider: Decider<
  SetPresenceVisibility,
  PresenceSettingsEvent,
  PresenceSettingsState
> = {
  eventTypes: eventTypesOf(presenceSettingsPersonalFields),
  decide,
  evolve: (_state, event) => ({ hidden: event.data.hidden }),
  initialState: () => ({ hidden: false }),
};
