import type { DocumentEvent } from './events.js';
import { maxHlc } from './hlc.js';

export interface DocumentState {
  /** 0 before the first change; each change or delete adds one. */
  version: number;
  exists: boolean;
  deleted: boolean;
  scope: { ownerId: string; spaceId: string | null } | null;
  fields: Record<string, unknown>;
  /** The latest clock each field (present or removed) was written with. */
  clocks: Record<string, string>;
  /** The version at which each field last changed. */
  changedAt: Record<string, number>;
  deletedClock: string | null;
  /**
   * The mutation behind each version (index = version - 1): a client's own earlier mutations
   * written after its base (its queue) do not make the base stale.
   */
  writers: string[];
}

export const initialDocumentState = (): DocumentState => ({
  version: 0,
  exists: false,
  deleted: false,
  scope: null,
  fields: {},
  clocks: {},
  changedAt: {},
  deletedClock: null,
  writers: [],
});

export function evolveDocument(state: DocumentState, event: DocumentEvent): DocumentState {
  switch (event.type) {
    case 'DocumentChanged': {
      const d = event.data;
      const fields = { ...(state.deleted ? {} : state.fields), ...d.set };
      for (const name of d.unset) delete fields[name];
      const clocks = { ...state.clocks };
      const changedAt = { ...state.changedAt };
      for (const [name, clock] of Object.entries(d.clocks)) {
        clocks[name] = maxHlc(clocks[name], clock)!;
        changedAt[name] = d.version;
      }
      return {
        ...state,
        version: d.version,
        exists: true,
        deleted: false,
        scope: d.scope ?? state.scope,
        fields,
        clocks,
        changedAt,
        writers: [...state.writers, d.mutationId],
      };
    }
    case 'DocumentDeleted':
      return {
        ...state,
        version: event.data.version,
        deleted: true,
        fields: {},
        deletedClock: event.data.hlc,
        writers: [...state.writers, event.data.mutationId],
      };
    case 'MutationSettled':
      return state;
  }
}
