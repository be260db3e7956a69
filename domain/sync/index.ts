import { eventTypesOf, type Decider } from '../shared/index.js';
import type { ApplyMutation } from './commands.js';
import { decideDocument } from './decide.js';
import type { DocumentEvent } from './events.js';
import { evolveDocument, initialDocumentState, type DocumentState } from './state.js';
import { documentPersonalFields } from './personalFields.js';

export type { ApplyMutation, ConflictStrategy } from './commands.js';
export type {
  DocumentEvent,
  DocumentChanged,
  DocumentDeleted,
  MutationSettled,
  ConflictReason,
} from './events.js';
export type { DocumentState } from './state.js';
export { compareHlc, formatHlc, hlcMillis, isHlc } from './hlc.js';
export { mutationResult, type MutationResult } from './mutationResult.js';

/** Documents of app collections live in `doc-<collection>-<id>` streams. */
export const DOCUMENT_CATEGORY = 'doc';
export { documentPersonalFields } from './personalFields.js';
/** Every event type of the stream, one entry each (from its personal fields). */
export const DOCUMENT_EVENT_TYPES = eventTypesOf(documentPersonalFields);

export const documentDecider: Decider<ApplyMutation, DocumentEvent, DocumentState> = {
  eventTypes: DOCUMENT_EVENT_TYPES,
  decide: decideDocument,
  evolve: evolveDocument,
  initialState: initialDocumentState,
};
