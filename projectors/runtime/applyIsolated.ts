import type { RecordedEvent } from '../../infra/eventStore/index.js';
import { isDeterministicError, isTransientError } from '../../platform/errors/index.js';
import { LeaseLostError } from './Lease.js';
import type { ProjectionContext } from './Projection.js';

export interface IsolationOptions {
  handle(event: RecordedEvent, context: ProjectionContext): Promise<void>;
  /** Back-to-back attempts of an event whose failure is neither transient nor deterministic. */
  maxAttempts: number;
  onFailure(event: RecordedEvent, error: unknown, attempt: number, deterministic: boolean): void;
}

const SAVEPOINT = 'projection_event';

export interface FailedEvent {
  event: RecordedEvent;
  error: Error;
  attempts: number;
}

/**
 * Applies a batch whose transaction failed again, each event in its own savepoint of the
 * context's transaction, so the events that succeed commit together and a failing one is
 * rolled back alone and returned (to be parked in the same transaction). A deterministic
 * failure (a data exception, an integrity violation, a type error) is returned at once; any
 * other non-transient failure is retried back to back, without sleeping, up to `maxAttempts`. A transient failure (the
 * database or the bus is unwell) or a lost lease is thrown: nothing of the batch commits then,
 * and the caller retries the whole batch with backoff.
 */
export async function applyIsolated(
  events: readonly RecordedEvent[],
  context: ProjectionContext,
  options: IsolationOptions,
): Promise<FailedEvent[]> {
  const failed: FailedEvent[] = [];
  // A savepoint survives a rollback to it, so after a failure the next event reuses it: an
  // event that fails costs one round trip more than its handler, one that succeeds two.
  let established = false;
  for (const event of events) {
    for (let attempt = 1; ; attempt++) {
      if (!established) await context.trx.raw(`savepoint ${SAVEPOINT}`);
      established = true;
      try {
        await options.handle(event, context);
        await context.trx.raw(`release savepoint ${SAVEPOINT}`);
        established = false;
        break;
      } catch (error) {
        if (error instanceof LeaseLostError || isTransientError(error)) throw error;
        await context.trx.raw(`rollback to savepoint ${SAVEPOINT}`);
        const deterministic = isDeterministicError(error);
        options.onFailure(event, error, attempt, deterministic);
        if (deterministic || attempt >= options.maxAttempts) {
          const cause = error instanceof Error ? error : new Error(String(error));
          failed.push({ event, error: cause, attempts: attempt });
          break;
        }
      }
    }
  }
  return failed;
}
