import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { RecordingPushProvider } from '../infra/push/index.js';
import {
  allProjections,
  createBlobReaperProjection,
  createScheduledHandlers,
  createMailerProjection,
  ensureProjectorSchema,
  ProjectionRunner,
  PushSender,
  startTombstonePruner,
} from '../projectors/index.js';
import { authCodeSecret } from './secrets.js';
import { workflowRecoveries } from '../command-api/index.js';
import { WORKFLOWS, runWorkflowChecks, workflowFollower } from '../core/workflow/index.js';
import { Revocations } from '../platform/auth/index.js';
import { sessionTruthFromLog } from './sessionTruthFromLog.js';
import type { Logger, Metrics } from '../platform/observability/index.js';
import type { Config } from './config.js';
import type { Infrastructure } from './openInfrastructure.js';

export const PUSH_SENDER = 'push-sender';
export const MAILER = 'mailer';
export const BLOB_REAPER = 'blob_reaper';
/** Fires due scheduled items (see infra/scheduler); any number of processes may run it. */
export const SCHEDULER = 'scheduler';
/** Follows the log for flows that started and finishes them after a grace period (see core/workflow). */
export const WORKFLOWS_WORKER = WORKFLOWS;
export const WORKER_NAMES = [
  ...allProjections.map((p) => p.name),
  MAILER,
  BLOB_REAPER,
  PUSH_SENDER,
  SCHEDULER,
  WORKFLOWS_WORKER,
];

export interface ProjectorSelection {
  /** Projections (and `push-sender`) to run; all when absent. */
  only?: string[];
  partition?: { index: number; count: number };
}

export interface RunningProjectors {
  runners: ProjectionRunner[];
  stop(): Promise<void>;
}

/** Starts the selected projection runners and the push sender on the given infrastructure. */
export async function runProjectors(
  config: Config,
  infra: Infrastructure,
  selection: ProjectorSelection,
  observability: { logger: Logger; metrics: Metrics },
): Promise<RunningProjectors> {
  const only = selection.only ?? WORKER_NAMES;
  const unknown = only.filter((name) => !WORKER_NAMES.includes(name));
  if (unknown.length > 0)
    throw new Error(`Unknown projector(s): ${unknown.join(', ')}; known: ${WORKER_NAMES.join(', ')}`);
  const knex = infra.db.knex;
  await ensureProjectorSchema(knex);
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const mailer = createMailerProjection({
    mailer: infra.mailer,
    codeSecret: authCodeSecret(config),
    publicUrl: config.PUBLIC_URL,
    appUrl: config.APP_URL ?? config.PUBLIC_URL,
  });
  const recoveries = workflowRecoveries({
    store: infra.store,
    personalData: infra.vault,
    revocations: new Revocations(
      infra.cache,
      config.ACCESS_TOKEN_TTL_SECONDS * 1000,
      sessionTruthFromLog(infra.store),
    ),
  });
  const follower = workflowFollower(recoveries);
  const runners = [...allProjections, mailer, createBlobReaperProjection(infra.blobs), follower]
    .filter((p) => only.includes(p.name))
    .map(
      (projection) =>
        new ProjectionRunner({
          projection,
          store: infra.store,
          knex,
          bus: infra.bus,
          changes: infra.changeSignal,
          owner,
          partition: selection.partition,
          leaseMs: config.PROJECTOR_LEASE_MS,
          batchSize: config.PROJECTOR_BATCH_SIZE,
          maxAttempts: config.PROJECTOR_MAX_ATTEMPTS,
          backoffMs: {
            initial: config.PROJECTOR_BACKOFF_MS,
            max: Math.max(config.PROJECTOR_BACKOFF_MS, 30_000),
          },
          ...observability,
        }),
    );
  let sender: PushSender | undefined;
  if (only.includes(PUSH_SENDER)) {
    await RecordingPushProvider.ensureSchema(knex);
    await PushSender.ensureSchema(knex);
    sender = new PushSender({
      bus: infra.bus,
      knex,
      provider: new RecordingPushProvider(),
      ...observability,
    });
    await sender.start();
  }
  for (const runner of runners) runner.start();
  const { scheduledItems } = observability.metrics;
  const scheduler = only.includes(SCHEDULER)
    ? infra.scheduler.run(createScheduledHandlers({ bus: infra.bus }), {
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
      })
    : undefined;
  // The workflows worker: its follower (a projection, above) records a check of each started
  // flow; this loop runs the due checks (row locks: any number of processes may run it).
  const workflows = only.includes(WORKFLOWS_WORKER)
    ? runWorkflowChecks({
        knex,
        store: infra.store,
        recoveries,
        graceMs: config.WORKFLOW_GRACE_SECONDS * 1000,
        onFailure: (key, error) =>
          observability.logger.warn({ err: error, key }, 'workflow check failed; will retry'),
      })
    : undefined;
  const pruner = only.includes('documents')
    ? startTombstonePruner({
        knex,
        retentionMs: config.FEED_TOMBSTONE_RETENTION_SECONDS * 1000,
        intervalMs: config.FEED_PRUNE_INTERVAL_SECONDS * 1000,
        logger: observability.logger,
      })
    : undefined;
  observability.logger.info({ workers: only, partition: selection.partition, owner }, 'projectors started');
  return {
    runners,
    async stop() {
      await pruner?.stop();
      await scheduler?.stop();
      await workflows?.stop();
      await Promise.all(runners.map((r) => r.stop()));
      await sender?.stop();
    },
  };
}
