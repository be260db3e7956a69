import type { PersonalFields } from '../shared/index.js';
import type { IdentityEvent } from './index.js';

/** A provider account claim names its user, the provider and (sealed) the provider's subject. */
export const identityPersonalFields = {
  IdentityClaimed: ['subject'],
  IdentityReleased: ['subject'],
} satisfies PersonalFields<IdentityEvent>;
