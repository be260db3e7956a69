import type { PersonalFields } from '../shared/index.js';
import type { SessionEvent } from './events.js';

/** Sessions hold ids, hashes of secrets and times only (see domain/privacy). */
export const sessionPersonalFields = {
  SessionStarted: [],
  SessionRefreshed: [],
  SessionRevoked: [],
} satisfies PersonalFields<SessionEvent>;
