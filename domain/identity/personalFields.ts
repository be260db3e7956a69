import type { PersonalFields } from '../shared/index.js';
import type { IdentityEvent } from './index.js';

/** A provider account claim names its user and provider only; the subject is hashed into the stream name (see domain/privacy). */
export const identityPersonalFields = {
  IdentityClaimed: [],
  IdentityReleased: [],
} satisfies PersonalFields<IdentityEvent>;
