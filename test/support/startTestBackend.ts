import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, startProcess, type Role, type RunningProcess } from '../../app/index.js';
import type { ProjectorSelection } from '../../app/runProjectors.js';
import { createTestDatabase } from './testDatabase.js';
import { seedDataDir } from './pgliteTemplate.js';
import { PGLITE_FOLDER } from '../../infra/dataDir/index.js';

export type BackendKind = 'embedded' | 'postgres' | 'postgres+kafka';

export interface TestBackend {
  url: string;
  process: RunningProcess;
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Boots the backend in this process on port 0: embedded (PGlite + Postgres bus in a temp dir),
 * on a fresh Postgres database (`postgres`), or on the production adapters (Postgres, and Kafka
 * with a unique topic prefix). `roles` runs only some parts, as the split processes do.
 */
export async function startTestBackend(
  kind: BackendKind,
  options: {
    roles?: Role[];
    env?: Record<string, string>;
    selection?: ProjectorSelection;
    /** App collections (the `collections` of COLLECTIONS_FILE), written to a file in the data directory. */
    collections?: Record<string, unknown>;
  } = {},
): Promise<TestBackend> {
  const dataDir = mkdtempSync(join(tmpdir(), 'eventide-'));
  if (options.collections) {
    const file = join(dataDir, 'collections.json');
    writeFileSync(file, JSON.stringify({ collections: options.collections }));
    options = { ...options, env: { COLLECTIONS_FILE: file, ...options.env } };
  }
  const env: Record<string, string> = {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PASSWORD_SCRYPT_N: '1024',
    PROJECTOR_LEASE_MS: '2000',
    PROJECTOR_BACKOFF_MS: '20',
    CURSOR_SECRET: randomBytes(32).toString('hex'),
    // Metrics and readiness details are for operators: tests scrape them with this token.
    OPS_TOKEN: randomBytes(16).toString('hex'),
    // Tests register many users from one address; the rate-limit test sets its own.
    RATE_LIMIT_MULTIPLIER: '100',
    // Silent sync pushes would land in push_outbox beside the notifications tests count; the
    // tests of sync pushes turn them on.
    PUSH_SYNC_INTERVAL_SECONDS: '0',
    ...options.env,
  };
  // A new embedded database starts from a copy of an empty cluster instead of running initdb.
  const embeddedDir = options.env?.DATA_DIR ?? dataDir;
  if (kind === 'embedded' && !existsSync(join(embeddedDir, PGLITE_FOLDER))) seedDataDir(embeddedDir);
  let drop: (() => Promise<void>) | undefined;
  // A DATABASE_URL given joins another backend's database (another process of the same deployment).
  if (kind !== 'embedded' && !options.env?.DATABASE_URL) {
    const database = await createTestDatabase();
    drop = database.drop;
    env.DATABASE_URL = database.url;
  }
  if (kind === 'postgres+kafka') {
    env.KAFKA_BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
    env.KAFKA_TOPIC_PREFIX = `t${randomBytes(4).toString('hex')}.`;
  }
  const running = await startProcess(
    loadConfig(env),
    options.roles ?? ['command-api', 'query-api', 'projectors'],
    options.selection,
  );
  return {
    url: running.url,
    process: running,
    env,
    async stop() {
      await running.stop();
      await drop?.();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
