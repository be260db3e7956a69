import type { Decider } from '../shared/index.js';
import type { ApplyMutation } from './commands.js';
import { decideDocument } from './decide.js';
import type { DocumentEvent } from './events.js';
import { evolveDocument, initialDocumentState, type DocumentState } from './state.js';

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
export const documentDecider: Decider<ApplyMutation, DocumentEvent, DocumentState> = {
  decide: decideDocument,
  evolve: evolveDocument,
  initialState: initialDocumentState,
};
