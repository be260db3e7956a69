import type { Knex } from 'knex';
import type { RequestHandler } from 'express';
import type { z, ZodRawShape } from 'zod';
import type { CommandApiDeps } from '../command-api/index.js';
import type { QueryApiDeps } from '../query-api/index.js';
import type { FeedSource, Projection } from '../projectors/index.js';
import type { BodyRule, OpenAPIRegistry, UpgradeMount } from '../platform/http/index.js';
import type { Logger, Metrics } from '../platform/observability/index.js';
import type { EventStore, SnapshotStore } from '../infra/eventStore/index.js';
import type { Bus, Outbox } from '../infra/bus/index.js';
import type { ChangeSignal } from '../infra/changeSignal/index.js';
import type { BlobStore } from '../infra/blobStore/index.js';
import type { Mailer } from '../infra/mail/index.js';
import type { PushProvider } from '../infra/push/index.js';
import type { Scheduler } from '../infra/scheduler/index.js';
import type { Cache } from '../infra/cache/index.js';
import type { PersonalFieldsRegistry } from '../domain/privacy/index.js';
import type { Revocations } from '../platform/auth/index.js';
import type { WorkflowRecovery } from '../core/workflow/index.js';

/** A module's own settings, parsed from the environment with the rest of the configuration. */
export type SettingsOf<S extends ZodRawShape> = z.infer<z.ZodObject<S>>;

/** Handlers mounted at a path: Express routers, or middleware that runs before every route. */
export interface RouteMount {
  path: string;
  handlers: readonly RequestHandler[];
  /** Writes under this path honour `Idempotency-Key` (command routes; default true). */
  idempotent?: boolean;
}

/** What a module contributes to one HTTP side: guards run before any module's routes. */
export interface HttpPart {
  routes: readonly RouteMount[];
  guards?: readonly RouteMount[];
  /** WebSockets served at a path of the same server (query side). */
  upgrades?: readonly UpgradeMount[];
  /** Ends what the part holds open (streams, sockets) before the process stops listening. */
  stop?(): Promise<void>;
}

export interface HttpContext<D, S extends ZodRawShape> {
  deps: D;
  /** Every route a module mounts is documented here (the OpenAPI contract test checks it). */
  registry: OpenAPIRegistry;
  settings: SettingsOf<S>;
}

/** What projections and workers of a module get from the process that runs them. */
export interface WorkerContext<S extends ZodRawShape> {
  store: EventStore;
  /** Snapshots of long streams (a decider with a snapshot policy folds from the latest). */
  snapshots?: SnapshotStore;
  knex: Knex;
  bus: Bus;
  /** Publishing inside a read-model transaction, where the bus lives in that database. */
  outbox?: Outbox;
  /**
   * The durable scheduler ("publish this at T", see infra/scheduler): schedule from a worker, not
   * from inside a read-model transaction (the embedded database has one connection).
   */
  scheduler: Scheduler;
  /** The feed's change signal: which user's feed moved, at what position (see ChangeAnnouncer). */
  changeSignal?: ChangeSignal;
  /** The shared cache (ephemeral state with expiry, pub/sub): Redis with REDIS_URL, else in-process. */
  cache: Cache;
  blobs: BlobStore;
  mailer: Mailer;
  /** The configured push providers, routed by platform (opened on the first call). */
  pushProvider(): Promise<PushProvider>;
  /** HMAC key from which mailed codes and links derive (shared with the command API). */
  codeSecret: string;
  publicUrl: string;
  appUrl: string;
  /** Ends sessions (a recovery that signs a user out). */
  revocations: Revocations;
  /** Crypto-shredding: deletes a user's data key. */
  personalData: { erase(userId: string): Promise<void> };
  logger: Logger;
  metrics: Metrics;
  settings: SettingsOf<S>;
}

/** A projection built from the process's ports (a mailer, a blob store): not replayable offline. */
export interface ProjectionFactory<S extends ZodRawShape> {
  name: string;
  create(context: WorkerContext<S>): Projection;
}

/** What a workflow's recovery needs to finish a flow from the log. */
export type RecoveryContext = Pick<WorkerContext<ZodRawShape>, 'store' | 'revocations' | 'personalData'>;

export interface Stoppable {
  stop(): Promise<void>;
}

/** A long-running piece of a module other than a projection (a sender, a pruner). */
export interface WorkerSpec<S extends ZodRawShape> {
  /** The name `--only=` selects it by. */
  name: string;
  /** Runs whenever the projection or worker of this name runs, and is not selectable itself. */
  alongside?: string;
  start(context: WorkerContext<S>): Promise<Stoppable>;
}

/**
 * One capability, composed in one place: its command and query routes, projections, workers,
 * feed sources and settings. The composition root (app/featureModules.ts) lists modules; each
 * process mounts the parts of every module that its role runs.
 *
 * The parts are methods so that a list of modules with different settings has one type.
 */
export interface FeatureModule<S extends ZodRawShape = ZodRawShape> {
  readonly name: string;
  /** Environment variables this module reads (validated at start with the rest). */
  readonly settings?: S;
  /** Request bodies larger than the default, or raw (uploads, protobuf batches). */
  bodies?(settings: SettingsOf<S>): readonly BodyRule[];
  commands?(context: HttpContext<CommandApiDeps, S>): HttpPart;
  queries?(context: HttpContext<QueryApiDeps, S>): HttpPart;
  /** Read-model projections (rebuildable by replay), and factories of those that need the process's ports. */
  readonly projections?: readonly (Projection | ProjectionFactory<S>)[];
  readonly workers?: readonly WorkerSpec<S>[];
  /** The module's workflows the `workflows` worker finishes (or undoes) from the log after a crash. */
  recoveries?(context: RecoveryContext): readonly WorkflowRecovery[];
  /**
   * The personal fields of the events of the aggregates this module owns (each declared beside
   * its events, `domain/<aggregate>/personalFields.ts`): encrypted with the subject's key.
   */
  readonly personalFields?: readonly PersonalFieldsRegistry[];
  /** Collections of the delta feed this module serves. */
  readonly feedSources?: readonly FeedSource[];
}

/** Declares a module, typing its parts against its own settings. */
export function defineModule<S extends ZodRawShape = Record<never, never>>(
  module: FeatureModule<S>,
): FeatureModule<S> {
  return module;
}
