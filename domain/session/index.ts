import { eventTypesOf, type Decider } from '../shared/index.js';
import type { SessionCommand } from './commands.js';
import { decideSession } from './decide.js';
import type { SessionEvent } from './events.js';
import { evolveSession, initialSessionState, type SessionState } from './state.js';
import { sessionPersonalFields } from './personalFields.js';

export type { SessionCommand, StartSession, RefreshSession, RevokeSession } from './commands.js';
export type {
  SessionEvent,
  SessionStarted,
  SessionRefreshed,
  SessionRevoked,
  RevocationReason,
} from './events.js';
export type { SessionState } from './state.js';

export const SESSION_CATEGORY = 'session';
export { sessionPersonalFields } from './personalFields.js';
/** Every event type of the stream, one entry each (from its personal fields). */
export const SESSION_EVENT_TYPES = eventTypesOf(sessionPersonalFields);

export const sessionDecider: Decider<SessionCommand, SessionEvent, SessionState> = {
  eventTypes: SESSION_EVENT_TYPES,
  decide: decideSession,
  evolve: evolveSession,
  initialState: initialSessionState,
};
