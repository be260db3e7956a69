import type { Knex } from 'knex';
import type { Bus, Outbox } from '../../infra/bus/index.js';
import type { ChangeSignal } from '../../infra/changeSignal/index.js';
import type { EventStore } from '../../infra/eventStore/index.js';
import type { Logger, Metrics } from '../../platform/observability/index.js';
import type { CheckpointWatch } from './CheckpointWatch.js';
import type { LeaseKeeper } from './LeaseKeeper.js';
import type { LogTail } from './LogTail.js';
import type { Projection } from './Projection.js';

export interface RunnerOptions {
  projection: Projection;
  store: EventStore;
  knex: Knex;
  bus: Bus;
  /**
   * Publishes a handler's messages inside its transaction (exactly once): give it when the bus
   * lives in the read-model database (PostgresBus). Without it, messages go on `bus` before the
   * checkpoint commits (at least once; consumers de-duplicate).
   */
  outbox?: Outbox;
  /** Where the changes handlers announce go after each commit; none: they go nowhere. */
  changes?: ChangeSignal;
  logger: Logger;
  metrics: Metrics;
  owner: string;
  /**
   * Renews the leases of this owner's runners together (give every runner of a process the
   * same one, with the same owner and lease time); without it each runner renews its own, and
   * an idle one wakes a third of a lease apart instead of once a lease.
   */
  keeper?: LeaseKeeper;
  /**
   * The process's one reader of the log for caught-up runners (give every runner of a process
   * the same one, with the same owner): a runner with nothing to do then costs no read and no
   * write per append. Without it, each runner reads the log on every append.
   */
  tail?: LogTail;
  /**
   * Told each time this runner's checkpoint moves, and whether it holds its lease: reads in this
   * process waiting for a position (`min_position`) are woken by it (give every runner of a
   * process the same one, and the query API too).
   */
  checkpoints?: CheckpointWatch;
  partition?: { index: number; count: number };
  leaseMs?: number;
  batchSize?: number;
  /**
   * Back-to-back attempts before an event whose failure is neither transient nor deterministic
   * is parked (a deterministic failure is parked at the first; a transient one never).
   */
  maxAttempts?: number;
  backoffMs?: { initial: number; max: number };
}
