import type { DomainCommand } from '../shared/index.js';

/**
 * How a collection settles a mutation made on an older version than the server's:
 * - `lww`: each field keeps the write with the latest hybrid-logical-clock time;
 * - `field_merge`: fields nobody else changed since the base merge; a field changed on both
 *   sides falls back to `lww` or to `manual`;
 * - `server_wins`: the server's document stays, the mutation is a conflict;
 * - `manual`: the conflict is recorded and the app resolves it with a later mutation.
 */
export type ConflictStrategy =
  | { kind: 'lww' }
  | { kind: 'field_merge'; fallback: 'lww' | 'manual' }
  | { kind: 'server_wins' }
  | { kind: 'manual' };

export type ApplyMutation = DomainCommand<
  'ApplyMutation',
  {
    collection: string;
    documentId: string;
    mutationId: string;
    clientId: string;
    /** put: the whole document; patch: the fields in `set` and `unset`; delete. */
    op: 'put' | 'patch' | 'delete';
    set: Record<string, unknown>;
    unset: string[];
    /** The version the client last saw (0: it has never seen the document). */
    baseVersion: number;
    hlc: string;
    /** `metadata.now` in ms since the epoch (the domain has no Date to read it with). */
    receivedAtMs: number;
    /**
     * How far `hlc` may be ahead of the server's clock (`metadata.now`). A clock behind is
     * harmless (its writes only lose last-writer-wins contests); one ahead would win them all.
     */
    maxClockSkewMs: number;
    strategy: ConflictStrategy;
    /** Where a new document lives: its owner, and the space when shared. */
    scope: { ownerId: string; spaceId: string | null };
  }
>;
