import type { PersonalFields } from '../shared/index.js';
import type { EmailEvent } from './index.js';

/** An address claim names its user only: the address itself is the stream's hashed name (see domain/privacy). */
export const emailPersonalFields = {
  EmailClaimed: [],
  EmailReleased: [],
} satisfies PersonalFields<EmailEvent>;
