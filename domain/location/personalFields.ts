import type { PersonalFields } from '../shared/index.js';
import type { LocationShareEvent } from './locationEvents.js';

/**
 * A share's events name ids, a precision and times, never a coordinate (positions live only in
 * the cache, with expiry): nothing to encrypt beyond what the stream's ids already say.
 */
export const locationSharePersonalFields = {
  LocationShareStarted: [],
  LocationShareEnded: [],
} satisfies PersonalFields<LocationShareEvent>;
