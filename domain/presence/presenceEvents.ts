import type { DomainCommand, DomainEvent } from '../shared/index.js';

/** `userId` hides (or shows again) their presence and last seen from everyone else. */
export type PresenceVisibilitySet = DomainEvent<
  'PresenceVisibilitySet',
  { userId: string; hidden: boolean; at: string }
>;
export type PresenceSettingsEvent = PresenceVisibilitySet;

export type SetPresenceVisibility = DomainCommand<'SetPresenceVisibility', { hidden: boolean }>;

export type PresenceSettingsState = { hidden: boolean };
