import type { Knex } from 'knex';
import type { RecordedEvent } from '../../infra/eventStore/index.js';
import type { BusMessage } from '../../infra/bus/index.js';

export interface ProjectionContext {
  /** The transaction that also stores the checkpoint: write read models only through it. */
  readonly trx: Knex.Transaction;
  /** Physical name of one of this projection version's tables: `table('devices')` → `rm_devices_v2`. */
  table(base: string): string;
  /**
   * Side effects go through the bus: inside this transaction when the bus lives in the same
   * database (exactly once), otherwise published before the checkpoint commits (at least once;
   * consumers de-duplicate by message id).
   */
  publish(topic: string, messages: readonly BusMessage[]): Promise<void>;
  /**
   * Announces that the user's feed changed at `position` to every query-api process, once this
   * transaction commits (never if it rolls back; a change rolled back to a savepoint may still
   * be announced, which costs subscribers one needless read).
   */
  announceChange(userId: string, position: number): void;
}

/**
 * A read model (or side-effect) builder. A new `version` rebuilds into new tables beside the
 * old ones and takes over when it has caught up.
 */
export interface Projection {
  readonly name: string;
  readonly version: number;
  readonly eventTypes: readonly string[];
  /** Base names of the tables this projection owns (used for version suffixes and rebuilds). */
  readonly tables: readonly string[];
  /** Creates this version's tables (idempotent). */
  setup(trx: Knex.Transaction, table: (base: string) => string): Promise<void>;
  handle(event: RecordedEvent, context: ProjectionContext): Promise<void>;
  /** What the partition hash is taken over; defaults to the stream name. */
  partitionKey?(event: RecordedEvent): string;
}

export function versionedTable(base: string, version: number): string {
  return `rm_${base}_v${version}`;
}
