import { blobPersonalFields } from '../blob/index.js';
import { devicePersonalFields } from '../device/index.js';
import { emailPersonalFields } from '../email/index.js';
import { identityPersonalFields } from '../identity/index.js';
import { sessionPersonalFields } from '../session/index.js';
import { spacePersonalFields } from '../space/index.js';
import { documentPersonalFields } from '../sync/index.js';
import { userPersonalFields } from '../user/index.js';
import { collectPersonalFields } from './collectPersonalFields.js';

/**
 * The fields of each event type that hold personal data, collected from the declarations beside
 * each aggregate's events (domain/<aggregate>/personalFields.ts, one entry per event type). They
 * are stored encrypted with the subject's key (the event's `data.userId`), so erasing a user is
 * deleting that key (crypto-shredding). An event type missing here holds ids and times only.
 */
export const PERSONAL_FIELDS: Readonly<Record<string, readonly string[]>> = collectPersonalFields([
  userPersonalFields,
  devicePersonalFields,
  sessionPersonalFields,
  documentPersonalFields,
  blobPersonalFields,
  spacePersonalFields,
  emailPersonalFields,
  identityPersonalFields,
]);

/**
 * What an erased field reads as: this marker, null for the fields that may be null anyway, and
 * an empty object for a document's fields.
 */
export const ERASED = '[erased]';
const NULLABLE = new Set(['pushToken', 'model', 'name']);
export const erasedValue = (field: string): string | null | Record<string, never> =>
  field === 'set' ? {} : NULLABLE.has(field) ? null : ERASED;
