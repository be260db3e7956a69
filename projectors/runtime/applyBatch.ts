import type { Knex } from 'knex';
import type { RecordedEvent } from '../../infra/eventStore/index.js';
import { isTransientError } from '../../platform/errors/index.js';
import type { Logger } from '../../platform/observability/index.js';
import { applyIsolated, type FailedEvent } from './applyIsolated.js';
import { LeaseLostError } from './Lease.js';
import type { ProjectionContext } from './Projection.js';

export interface BatchDeps {
  /** Runs `work` in a transaction that also renews the lease and moves the checkpoint to `position`. */
  commit(work: (context: ProjectionContext) => Promise<void>, position: number): Promise<void>;
  handle(event: RecordedEvent, context: ProjectionContext): Promise<void>;
  /** Records failed events in `projection_parked` within `trx`. */
  park(trx: Knex.Transaction, failed: readonly FailedEvent[]): Promise<void>;
  /** Reports events once their parking committed. */
  parked(failed: readonly FailedEvent[]): void;
  maxAttempts: number;
  logger: Logger;
}

export const describeEvent = (event: RecordedEvent) => ({
  id: event.id,
  type: event.type,
  stream: event.streamName,
  position: event.position,
});

/**
 * Applies a batch and moves the checkpoint to `scannedTo`, never holding back the events behind
 * a failing one:
 * 1. the whole batch in one transaction;
 * 2. when that fails for a reason of the code or the data, again with each event in its own
 *    savepoint (applyIsolated): the good events commit, the failing ones are parked in the same
 *    transaction, so a poison event costs one extra pass over its batch, never a stall;
 * 3. when even that commit fails (a deferred constraint, say), one transaction per event, an
 *    event whose own commit fails being parked alone.
 * A transient failure (the database or the bus is unwell) is thrown at any step: nothing more
 * commits, and the caller retries the batch with backoff, holding every event back, as nothing
 * could be applied anyway. A lost lease ends the batch quietly: the new owner carries on.
 */
export async function applyBatch(events: RecordedEvent[], scannedTo: number, deps: BatchDeps): Promise<void> {
  try {
    await attempt(events, scannedTo, deps);
  } catch (error) {
    if (!(error instanceof LeaseLostError)) throw error;
  }
}

async function attempt(events: RecordedEvent[], scannedTo: number, deps: BatchDeps): Promise<void> {
  try {
    await deps.commit(async (context) => {
      for (const event of events) await deps.handle(event, context);
    }, scannedTo);
    return;
  } catch (error) {
    if (error instanceof LeaseLostError || isTransientError(error)) throw error;
    deps.logger.warn({ err: error }, 'batch failed; applying it again with each event in its own savepoint');
  }
  try {
    await commitIsolated(events, scannedTo, deps);
    return;
  } catch (error) {
    if (error instanceof LeaseLostError || isTransientError(error)) throw error;
    deps.logger.error({ err: error }, 'batch failed at its commit; committing its events one at a time');
  }
  for (const event of events) {
    try {
      await commitIsolated([event], event.position, deps);
    } catch (error) {
      if (error instanceof LeaseLostError || isTransientError(error)) throw error;
      const failed = [
        { event, error: error instanceof Error ? error : new Error(String(error)), attempts: 1 },
      ];
      await deps.commit(({ trx }) => deps.park(trx, failed), event.position);
      deps.parked(failed);
    }
  }
  await deps.commit(async () => undefined, scannedTo);
}

/** Applies events each in its own savepoint and parks those that fail, in one transaction. */
async function commitIsolated(events: RecordedEvent[], position: number, deps: BatchDeps): Promise<void> {
  let parked: FailedEvent[] = [];
  await deps.commit(async (context) => {
    parked = await applyIsolated(events, context, {
      handle: deps.handle,
      maxAttempts: deps.maxAttempts,
      onFailure: (event, error, attempt, deterministic) =>
        deps.logger.warn(
          { err: error, event: describeEvent(event), attempt, deterministic },
          'projection handler failed',
        ),
    });
    await deps.park(context.trx, parked);
  }, position);
  deps.parked(parked);
}
