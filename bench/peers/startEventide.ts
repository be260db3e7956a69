import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild } from '../../test/support/childProcess.js';
import { freePort } from '../../test/support/freePort.js';
import { createTestDatabase } from '../../test/support/testDatabase.js';
import { SYNC_BENCH_COLLECTIONS } from '../syncBench.js';
import { waitUntilUp, type PeerServer } from './peerServer.js';

/** The scrypt cost Eventide runs with: its default (README, Configuration). */
export const EVENTIDE_SCRYPT = { N: 2 ** 15, r: 8, p: 1 };

/**
 * The all-in-one Eventide process (dist/start.js, built by scripts/build.mjs) on a fresh
 * PostgreSQL database: production password cost, rate limits off, warnings only in the log.
 */
export async function startEventide(nodeArgs: string[] = []): Promise<PeerServer> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'peers-eventide-'));
  const collectionsFile = join(dataDir, 'collections.json');
  writeFileSync(collectionsFile, JSON.stringify(SYNC_BENCH_COLLECTIONS));
  const port = await freePort();
  const child = startChild(
    'bin/start.ts',
    {
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MULTIPLIER: '0',
      PASSWORD_SCRYPT_N: String(EVENTIDE_SCRYPT.N),
      COLLECTIONS_FILE: collectionsFile,
    },
    [],
    nodeArgs,
  );
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await child.kill('SIGTERM');
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(`${base}/healthz`, child.output, () => child.process.exitCode !== null);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    name: 'Eventide',
    base,
    pid: child.process.pid!,
    databaseUrl: database.url,
    output: child.output,
    stop,
  };
}
