import type { PersonalFields } from '../shared/index.js';
import type { DocumentEvent } from './events.js';

/**
 * The contents of private documents are personal (see domain/privacy); space documents carry no
 * `userId` and stay readable.
 */
export const documentPersonalFields = {
  DocumentChanged: ['set'],
  DocumentDeleted: [],
  MutationSettled: [],
} satisfies PersonalFields<DocumentEvent>;
