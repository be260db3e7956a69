import { randomUUID } from 'node:crypto';
import type { ZodRawShape } from 'zod';
import { hostname } from 'node:os';
import {
  type CheckpointWatch,
  createScheduledHandlers,
  ensureProjectorSchema,
  LeaseKeeper,
  LogTail,
  ProjectionRunner,
} from '../projectors/index.js';
import type { FeatureModule, Stoppable, WorkerContext } from '../features/index.js';
import { authCodeSecret } from './secrets.js';
import { WORKFLOWS, runWorkflowChecks, workflowFollower } from '../core/workflow/index.js';
import { Revocations } from '../platform/auth/index.js';
import { sessionTruthFromLog } from '../features/sessions/index.js';
import type { Logger, Metrics } from '../platform/observability/index.js';
import type { Config } from './config.js';
import { featureModules } from './featureModules.js';
import { moduleWorkerNames } from './moduleParts.js';
import type { Infrastructure } from './openInfrastructure.js';
import { runScheduledWork } from './runScheduledWork.js';

export const PUSH_SENDER = 'push-sender';
/** Fires due scheduled items (see infra/scheduler); any number of processes may run it. */
export const SCHEDULER = 'scheduler';
/**
 * Finishes (or undoes) flows a crash interrupted: a follower of the log records a check of each
 * started flow, a loop runs the due checks (see core/workflow); any number of processes may run it.
 */
export const WORKFLOWS_WORKER = WORKFLOWS;
/** Every name `--only=` accepts: each module's projections and workers, the scheduler, workflows. */
export const WORKER_NAMES = [...moduleWorkerNames, SCHEDULER, WORKFLOWS_WORKER];

export interface ProjectorSelection {
  /** Projections and workers to run; all when absent. */
  only?: string[];
  partition?: { index: number; count: number };
}

export interface RunningProjectors {
  runners: ProjectionRunner[];
  stop(): Promise<void>;
}

/** Starts the selected projection runners and workers of every module on the given infrastructure. */
export async function runProjectors(
  config: Config,
  infra: Infrastructure,
  selection: ProjectorSelection,
  observability: { logger: Logger; metrics: Metrics },
  modules: readonly FeatureModule[] = featureModules,
  checkpoints?: CheckpointWatch,
): Promise<RunningProjectors> {
  const only = selection.only ?? WORKER_NAMES;
  const unknown = only.filter((name) => !WORKER_NAMES.includes(name));
  if (unknown.length > 0)
    throw new Error(`Unknown projector(s): ${unknown.join(', ')}; known: ${WORKER_NAMES.join(', ')}`);
  const knex = infra.db.knex;
  await ensureProjectorSchema(knex);
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const context: WorkerContext<ZodRawShape> = {
    store: infra.store,
    snapshots: infra.snapshots,
    knex,
    bus: infra.bus,
    scheduler: infra.scheduler,
    changeSignal: infra.changeSignal,
    cache: infra.cache,
    ...(infra.outbox ? { outbox: infra.outbox } : {}),
    blobs: infra.blobs,
    mailer: infra.mailer,
    pushProvider: infra.pushProvider,
    codeSecret: authCodeSecret(config),
    publicUrl: config.PUBLIC_URL,
    appUrl: config.APP_URL ?? config.PUBLIC_URL,
    revocations: new Revocations(
      infra.cache,
      config.ACCESS_TOKEN_TTL_SECONDS * 1000,
      sessionTruthFromLog(infra.store),
    ),
    personalData: infra.vault,
    ...observability,
    settings: config,
  };
  const recoveries = modules.flatMap((m) => m.recoveries?.(context) ?? []);
  const keeper = new LeaseKeeper(knex, owner, config.PROJECTOR_LEASE_MS);
  const tail = new LogTail(infra.store, knex, owner, observability.logger);
  const runners = [...modules.flatMap((m) => m.projections ?? []), workflowFollower(recoveries)]
    .filter((p) => only.includes(p.name))
    .map(
      (projection) =>
        new ProjectionRunner({
          projection: 'create' in projection ? projection.create(context) : projection,
          store: infra.store,
          knex,
          bus: infra.bus,
          outbox: infra.outbox,
          changes: infra.changeSignal,
          owner,
          keeper,
          tail,
          checkpoints,
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
  const workers: Stoppable[] = [];
  try {
    for (const worker of modules.flatMap((m) => m.workers ?? [])) {
      if (only.includes(worker.alongside ?? worker.name)) workers.push(await worker.start(context));
    }
  } catch (error) {
    // A worker that cannot start stops the start: those already running stop with it.
    for (const worker of workers.reverse()) await worker.stop().catch(() => undefined);
    throw error;
  }
  for (const runner of runners) runner.start();
  keeper.start();
  const scheduler = only.includes(SCHEDULER)
    ? runScheduledWork(
        config,
        infra,
        createScheduledHandlers({ bus: infra.bus, outbox: infra.outbox }),
        observability,
      )
    : undefined;
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
  observability.logger.info({ workers: only, partition: selection.partition, owner }, 'projectors started');
  return {
    runners,
    async stop() {
      await scheduler?.stop();
      await workflows?.stop();
      await Promise.all(runners.map((r) => r.stop()));
      await tail.stop();
      await keeper.stop();
      for (const worker of workers.reverse()) await worker.stop();
    },
  };
}
