import type { Express } from 'express';
import { commandApi } from '../command-api/index.js';
import { queryApi, FeedChangeTracker, FeedCursorCodec, FeedPullLog } from '../query-api/index.js';
import { CheckpointWatch, ensureProjectorSchema } from '../projectors/index.js';
import { PasswordHasher, Revocations } from '../platform/auth/index.js';
import {
  attachUpgrades,
  createHttpApp,
  createOpsApp,
  type FastPath,
  type OpenAPIRegistry,
  type RequestMount,
  type UpgradeMount,
} from '../platform/http/index.js';
import { createLogger, createMetrics, type Logger, type Metrics } from '../platform/observability/index.js';
import type { Config } from './config.js';
import { listen, type Listening } from './listen.js';
import { openInfrastructure, type Infrastructure } from './openInfrastructure.js';
import { PACKAGE_NAME, PACKAGE_VERSION } from './packageVersion.js';
import { runProjectors, type ProjectorSelection, type RunningProjectors } from './runProjectors.js';
import { authCodeSecret, cursorSecret, refreshSecret, tokenService } from './secrets.js';
import { startTracing } from './startTracing.js';
import { IdleCollector, processProbe } from '../platform/async/index.js';
import { CollectionRegistry } from '../platform/collections/index.js';
import { identityProviders } from './identityProviders.js';
import { sessionTruthFromLog } from '../features/sessions/index.js';
import type { FeatureModule } from '../features/index.js';
import { VERIFICATION_TTL_MS } from '../features/accounts/index.js';
import { featureModules } from './featureModules.js';
import { feedSources } from './moduleParts.js';

export type Role = 'command-api' | 'query-api' | 'projectors';

export interface RunningProcess {
  url: string;
  /** The operations listener (`OPS_PORT`), when one is configured. */
  opsUrl?: string;
  /** The Express app this process serves (tests read its routes). */
  app: Express;
  infra: Infrastructure;
  projectors?: RunningProjectors;
  logger: Logger;
  metrics: Metrics;
  stop(): Promise<void>;
}

/** HSTS only over TLS: as configured, else 180 days when PUBLIC_URL is https, else none. */
function hstsMaxAge(config: Config): number {
  return config.HSTS_MAX_AGE_SECONDS ?? (config.PUBLIC_URL.startsWith('https:') ? 180 * 86_400 : 0);
}

/**
 * One composition root for every way to run: `roles` picks what this process does. `npm start`
 * runs all three on the embedded defaults; production runs one role per process.
 */
export async function startProcess(
  config: Config,
  roles: Role[],
  selection: ProjectorSelection = {},
): Promise<RunningProcess> {
  const logger = createLogger({ level: config.LOG_LEVEL, name: roles.join('+') });
  startTracing({
    serviceName: config.OTEL_SERVICE_NAME ?? `eventide-${roles.join('+')}`,
    otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
  });
  const metrics = createMetrics();
  // App collections are checked before anything opens: every mistake stops the start.
  const collections = config.COLLECTIONS_FILE
    ? CollectionRegistry.fromFile(config.COLLECTIONS_FILE)
    : CollectionRegistry.empty();
  const infra = await openInfrastructure(config, roles.join('+'));
  const tokens = tokenService(config);
  const revocations = new Revocations(
    infra.cache,
    config.ACCESS_TOKEN_TTL_SECONDS * 1000,
    sessionTruthFromLog(infra.store),
  );
  const parts: {
    registry: OpenAPIRegistry;
    mount(app: Express): void;
    fastPaths?: FastPath[];
    upgrades?: UpgradeMount[];
    requests?: RequestMount[];
    stop?(): Promise<void>;
  }[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  // The garbage a load left behind is collected once the process goes quiet (IdleCollector).
  const idleCollector = new IdleCollector(processProbe());
  idleCollector.start();
  cleanups.push(async () => idleCollector.stop());
  // Each user's announced feed changes: long-polls (query API) and early receipts (command API) wait on them.
  const tracker = new FeedChangeTracker();
  if (roles.includes('command-api') || roles.includes('query-api')) {
    await tracker.start(infra.changeSignal);
    cleanups.push(() => tracker.stop());
  }
  // Reads waiting for a min_position are woken when a checkpoint moves: by this process's runners
  // (when it runs projectors), and by the changes other processes announce.
  const checkpoints = roles.includes('query-api') ? new CheckpointWatch() : undefined;
  if (checkpoints) {
    const wake = () => checkpoints.advanced();
    cleanups.push(await infra.changeSignal.subscribe(wake, wake));
  }
  // This process's address, once listening (commands from its sockets go there when it runs the command API).
  const own: { url?: string } = {};

  if (roles.includes('command-api')) {
    parts.push(
      commandApi(
        {
          store: infra.store,
          snapshots: infra.snapshots,
          tokens,
          revocations,
          cache: infra.cache,
          refreshSecret: refreshSecret(config),
          refreshGraceMs: config.REFRESH_GRACE_SECONDS * 1000,
          codeSecret: authCodeSecret(config),
          rateLimitMultiplier: config.RATE_LIMIT_MULTIPLIER,
          verificationTtlMs: VERIFICATION_TTL_MS,
          resetTtlMs: 60 * 60_000,
          passwords: new PasswordHasher({ N: config.PASSWORD_SCRYPT_N, r: 8, p: 1 }),
          logger,
          metrics,
          clock: () => new Date(),
          refreshTokenDays: config.REFRESH_TOKEN_DAYS,
          adminEmails: config.ADMIN_EMAILS,
          personalData: infra.vault,
          collections,
          identityProviders: identityProviders(config),
          webauthn: {
            rpId: config.WEBAUTHN_RP_ID ?? new URL(config.PUBLIC_URL).hostname,
            rpName: config.WEBAUTHN_RP_NAME,
            origins: (config.WEBAUTHN_ORIGINS ?? new URL(config.PUBLIC_URL).origin)
              .split(',')
              .map((o) => o.trim())
              .filter(Boolean),
          },
          signInCodeTtlMs: 10 * 60_000,
          blobs: infra.blobs,
          readModels: infra.db.knex,
          feedChanges: tracker,
        },
        featureModules,
        config,
      ),
    );
  }
  let projectors: RunningProjectors | undefined;
  if (roles.includes('projectors') || roles.includes('query-api')) {
    await ensureProjectorSchema(infra.db.knex);
  }
  if (roles.includes('query-api')) {
    const pulls = new FeedPullLog(infra.db.knex, logger);
    await pulls.start();
    cleanups.push(() => pulls.stop());
    parts.push(
      queryApi(
        {
          db: infra.db,
          store: infra.store,
          tokens,
          revocations,
          tracker,
          checkpoints,
          cursors: new FeedCursorCodec(cursorSecret(config)),
          logger,
          metrics,
          maxWaitSeconds: config.FEED_MAX_WAIT_SECONDS,
          blobs: infra.blobs,
          feedSources,
          pulls,
          cache: infra.cache,
          // Known once listening; a socket relays its first command after that.
          commandApiUrl: () => (roles.includes('command-api') && own.url) || config.PUBLIC_URL,
        },
        featureModules,
        config,
      ),
    );
  }
  if (roles.includes('projectors')) {
    projectors = await runProjectors(config, infra, selection, { logger, metrics }, undefined, checkpoints);
  }

  const app = createHttpApp({
    name: PACKAGE_NAME,
    version: PACKAGE_VERSION,
    logger,
    metrics,
    bodyLimitBytes: config.BODY_LIMIT_BYTES,
    bodies: featureModules.flatMap((module: FeatureModule) => module.bodies?.(config) ?? []),
    registries: parts.map((p) => p.registry),
    mount: (express) => parts.forEach((p) => p.mount(express)),
    readiness: infra.readiness,
    tokens,
    corsOrigins: config.CORS_ORIGINS,
    hstsMaxAgeSeconds: hstsMaxAge(config),
    opsToken: config.OPS_TOKEN,
    fastPaths: parts.flatMap((p) => p.fastPaths ?? []),
    requests: parts.flatMap((p) => p.requests ?? []),
  });
  const timeouts = {
    headersMs: config.HTTP_HEADERS_TIMEOUT_SECONDS * 1000,
    requestMs: config.HTTP_REQUEST_TIMEOUT_SECONDS * 1000,
  };
  const server: Listening = await listen(app, config.PORT, config.HOST, timeouts);
  own.url = server.url;
  attachUpgrades(
    server.server,
    parts.flatMap((p) => p.upgrades ?? []),
  );
  logger.info({ url: server.url, roles }, 'listening');
  let ops: Listening | undefined;
  if (config.OPS_PORT !== undefined) {
    ops = await listen(
      createOpsApp({ metrics, readiness: infra.readiness, logger }),
      config.OPS_PORT,
      config.OPS_HOST,
      timeouts,
    );
    logger.info({ url: ops.url }, 'operations endpoints listening');
  }

  return {
    url: server.url,
    ...(ops ? { opsUrl: ops.url } : {}),
    app,
    infra,
    projectors,
    logger,
    metrics,
    async stop() {
      // Streams and sockets end first: the server then closes without waiting for them.
      await Promise.all(parts.map((p) => p.stop?.()));
      await server.close();
      await ops?.close();
      await projectors?.stop();
      for (const cleanup of cleanups) await cleanup();
      await infra.close();
    },
  };
}
