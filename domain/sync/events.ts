import type { DomainEvent } from '../shared/index.js';

export type ConflictReason =
  /** The document changed since the base version and the collection keeps the server's. */
  | 'server_wins'
  /** The document changed since the base version; the app must resolve it (manual strategy). */
  | 'manual'
  /** Every field the mutation wrote has a later write on the server (last writer wins). */
  | 'stale_fields'
  /** The document was deleted since the base version. */
  | 'deleted'
  /** A delete lost to later changes. */
  | 'newer_changes';

interface Mutation {
  collection: string;
  documentId: string;
  mutationId: string;
  clientId: string;
}

/**
 * A document's fields changed: `set` and `unset` with the clock each field now carries. `outcome`
 * says whether all the mutation asked for was applied or only some (merged: the rest is in
 * `conflictFields`). The first change carries the scope.
 */
export type DocumentChanged = DomainEvent<
  'DocumentChanged',
  Mutation & {
    version: number;
    set: Record<string, unknown>;
    unset: string[];
    clocks: Record<string, string>;
    outcome: 'applied' | 'merged';
    conflictFields: string[];
    scope?: { ownerId: string; spaceId: string | null };
    /**
     * Private documents: their owner, whose key encrypts `set` (domain/privacy), so erasing the
     * owner shreds the contents. Space documents belong to the space and carry none.
     */
    userId?: string;
  }
>;
export type DocumentDeleted = DomainEvent<'DocumentDeleted', Mutation & { version: number; hlc: string }>;
/** A mutation that changed nothing: a no-op, or a conflict (recorded, so a replay answers the same). */
export type MutationSettled = DomainEvent<
  'MutationSettled',
  Mutation & {
    version: number;
    outcome: 'applied' | 'conflict';
    reason: ConflictReason | null;
    conflictFields: string[];
  }
>;

export type DocumentEvent = DocumentChanged | DocumentDeleted | MutationSettled;
