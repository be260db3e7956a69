import { context } from '@opentelemetry/api';
import type { Logger, Metrics } from '../../platform/observability/index.js';
import { contextFrom, inSpan } from '../../platform/observability/index.js';
import { describeEvent, type BatchDeps } from './applyBatch.js';
import { parkEvents } from './parkedEvents.js';
import type { Projection } from './Projection.js';

export interface BatchDepsOptions {
  projection: Projection;
  partition: number;
  /** How the runner names itself in logs. */
  name: string;
  metrics: Metrics;
  logger: Logger;
  maxAttempts: number;
}

/**
 * What applyBatch needs of a runner, given the runner's commit: the handler in a span that
 * continues the trace of the request that appended the event, and where failed events are
 * parked and reported.
 */
export function batchDepsFor(options: BatchDepsOptions, commit: BatchDeps['commit']): BatchDeps {
  const { projection, partition, name: runner, metrics, logger } = options;
  const { name, version } = projection;
  return {
    commit,
    handle: (event, projectionContext) =>
      context.with(contextFrom(event.metadata.traceparent), () =>
        inSpan(
          'projection.handle',
          { 'projection.name': name, 'event.type': event.type, 'event.position': event.position },
          () => projection.handle(event, projectionContext),
        ),
      ),
    park: (trx, failed) => parkEvents(trx, { name, version, partition }, failed),
    parked: (failed) => {
      for (const { event, error, attempts } of failed) {
        metrics.projectionParked.inc({ projection: name, version: String(version) });
        logger.error(
          { err: error, projection: runner, event: describeEvent(event), attempts },
          'event parked',
        );
      }
    },
    maxAttempts: options.maxAttempts,
    logger: logger.child({ projection: runner }),
  };
}
