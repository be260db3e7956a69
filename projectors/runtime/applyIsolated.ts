import type { Knex } from 'knex';
import type { RecordedEvent } from '../../infra/eventStore/index.js';
import { isDeterministicError, isTransientError } from '../../platform/errors/index.js';
import { LeaseLostError } from './Lease.js';
import type { ProjectionContext } from './Projection.js';

export interface IsolationOptions {
  handle(event: RecordedEvent, context: ProjectionContext): Promise<void>;
  /** The context for a savepoint: its writes and its outbox messages go through `trx`. */
  contextFor(trx: Knex.Transaction): ProjectionContext;
  /** Back-to-back attempts of an event whose failure is neither transient nor deterministic. */
  maxAttempts: number;
  onFailure(event: RecordedEvent, error: unknown, attempt: number, deterministic: boolean): void;
}

export interface FailedEvent {
  event: RecordedEvent;
  error: Error;
  attempts: number;
}

/**
 * Applies a batch whose transaction failed again, each event in its own savepoint of `trx`, so
 * the events that succeed commit together and a failing one is rolled back alone and returned
 * (to be parked in the same transaction). A deterministic failure (a data exception, an
 * integrity violation, a type error) is returned at once; any other non-transient failure is
 * retried back to back, without sleeping, up to `maxAttempts`. A transient failure (the
 * database or the bus is unwell) or a lost lease is thrown: nothing of the batch commits then,
 * and the caller retries the whole batch with backoff.
 */
export async function applyIsolated(
  events: readonly RecordedEvent[],
  trx: Knex.Transaction,
  options: IsolationOptions,
): Promise<FailedEvent[]> {
  const failed: FailedEvent[] = [];
  for (const event of events) {
    const failure = await applyInSavepoint(event, trx, options);
    if (failure) failed.push(failure);
  }
  return failed;
}

async function applyInSavepoint(
  event: RecordedEvent,
  trx: Knex.Transaction,
  options: IsolationOptions,
): Promise<FailedEvent | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      await trx.transaction((savepoint) => options.handle(event, options.contextFor(savepoint)));
      return undefined;
    } catch (error) {
      if (error instanceof LeaseLostError || isTransientError(error)) throw error;
      const deterministic = isDeterministicError(error);
      options.onFailure(event, error, attempt, deterministic);
      if (deterministic || attempt >= options.maxAttempts) {
        return {
          event,
          error: error instanceof Error ? error : new Error(String(error)),
          attempts: attempt,
        };
      }
    }
  }
}
