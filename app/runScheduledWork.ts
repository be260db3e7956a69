import type { ScheduledHandlers } from '../infra/scheduler/index.js';
import type { Logger, Metrics } from '../platform/observability/index.js';
import type { Config } from './config.js';
import type { Infrastructure } from './openInfrastructure.js';

/** Runs the durable scheduler's handlers in this process, counting and logging each outcome. */
export function runScheduledWork(
  config: Config,
  infra: Infrastructure,
  handlers: ScheduledHandlers,
  observability: { logger: Logger; metrics: Metrics },
): { stop(): Promise<void> } {
  const { scheduledItems } = observability.metrics;
  return infra.scheduler.run(handlers, {
    maxAttempts: config.SCHEDULER_MAX_ATTEMPTS,
    backoffMs: config.SCHEDULER_BACKOFF_MS,
    retentionMs: config.SCHEDULER_RETENTION_DAYS * 86_400_000,
    onDone: (items) => {
      for (const item of items) scheduledItems.inc({ kind: item.kind, outcome: 'done' });
    },
    onFailure: (item, error, dead) => {
      scheduledItems.inc({ kind: item.kind, outcome: dead ? 'dead' : 'failed' });
      observability.logger[dead ? 'error' : 'warn'](
        { err: error, key: item.key, kind: item.kind, attempt: item.attempt },
        dead ? 'scheduled item dead-lettered' : 'scheduled item failed; will retry',
      );
    },
    onError: (error) => observability.logger.warn({ err: error }, 'scheduler step failed; retrying'),
  });
}
