import type { ConflictReason, DocumentEvent } from './events.js';
import type { DocumentState } from './state.js';

export type MutationResult =
  | { status: 'applied' | 'merged'; version: number; conflictFields: string[] }
  | {
      status: 'conflict';
      version: number;
      reason: ConflictReason;
      conflictFields: string[];
      document: DocumentView;
    };

export interface DocumentView {
  version: number;
  deleted: boolean;
  fields: Record<string, unknown>;
}

export const viewOf = (state: DocumentState): DocumentView => ({
  version: state.version,
  deleted: state.deleted,
  fields: state.fields,
});

/** The answer to a mutation, from the one event it produced (first time or replayed) and the state after it. */
export function mutationResult(event: DocumentEvent, after: DocumentState): MutationResult {
  switch (event.type) {
    case 'DocumentChanged':
      return {
        status: event.data.outcome,
        version: event.data.version,
        conflictFields: event.data.conflictFields,
      };
    case 'DocumentDeleted':
      return { status: 'applied', version: event.data.version, conflictFields: [] };
    case 'MutationSettled':
      return event.data.outcome === 'applied'
        ? { status: 'applied', version: event.data.version, conflictFields: [] }
        : {
            status: 'conflict',
            version: event.data.version,
            reason: event.data.reason ?? 'server_wins',
            conflictFields: event.data.conflictFields,
            document: viewOf(after),
          };
  }
}
