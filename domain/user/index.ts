import { eventTypesOf, type Decider } from '../shared/index.js';
import type { UserCommand } from './commands.js';
import { decideUser } from './decide.js';
import type { UserEvent } from './events.js';
import { evolveUser, initialUserState, type UserState } from './state.js';
import { userPersonalFields } from './personalFields.js';

export type * from './commands.js';
export type {
  UserEvent,
  UserRegistered,
  UserSignedIn,
  UserProfileUpdated,
  UserSignedOutEverywhere,
  Role,
  SignInMethod,
  UserErased,
} from './events.js';
export { MAX_VERIFICATION_FAILURES, type UserState, type ActiveUser } from './state.js';

export const USER_CATEGORY = 'user';
export { userPersonalFields } from './personalFields.js';
export { PROFILE_EVENT_TYPES, isProfileEvent, profileVersionOf, type ProfileEvent } from './profileEvents.js';
/** Every event type of the stream, one entry each (from its personal fields). */
export const USER_EVENT_TYPES = eventTypesOf(userPersonalFields);

export const userDecider: Decider<UserCommand, UserEvent, UserState> = {
  eventTypes: USER_EVENT_TYPES,
  decide: decideUser,
  evolve: evolveUser,
  initialState: initialUserState,
};
