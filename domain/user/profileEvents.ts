import type { UserEvent } from './events.js';
import type { UserState } from './state.js';

/**
 * The user events that change the profile as an app sees it (`GET /v1/me` and the feed's
 * `profile` collection). The profile's version is the stream version of the last of these: its
 * ETag, what `If-Match` on the profile is checked against, and the version of its feed change.
 * The others (sign-ins, codes, password hashes, passkeys) leave the profile's version alone, so
 * an app's ETag never goes stale without a feed change telling it why.
 */
export const PROFILE_EVENT_TYPES = [
  'UserRegistered',
  'UserProfileUpdated',
  'EmailVerified',
  'UserRoleChanged',
  'UserSuspended',
  'UserUnsuspended',
  'UserErased',
] as const satisfies readonly UserEvent['type'][];

export type ProfileEvent = Extract<UserEvent, { type: (typeof PROFILE_EVENT_TYPES)[number] }>;

const profileTypes: ReadonlySet<string> = new Set(PROFILE_EVENT_TYPES);

export const isProfileEvent = (event: UserEvent): event is ProfileEvent => profileTypes.has(event.type);

/** The profile's version in a user state (-1 when the user has no profile). */
export const profileVersionOf = (state: UserState): number =>
  state.status === 'active' ? state.profileVersion : -1;
