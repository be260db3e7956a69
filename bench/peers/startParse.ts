import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../test/support/freePort.js';
import { createTestDatabase } from '../../test/support/testDatabase.js';
import { PARSE_SERVER_SCRIPT } from './parseServerScript.js';
import { waitUntilUp, type PeerServer } from './peerServer.js';

export interface ParseServerProcess extends PeerServer {
  appId: string;
  masterKey: string;
}

/** Parse Server 9 from the cache folder, in its own process on a fresh PostgreSQL database. */
export async function startParse(cacheDir: string): Promise<ParseServerProcess> {
  const database = await createTestDatabase();
  const script = join(cacheDir, 'eventide-bench-parse-server.cjs');
  writeFileSync(script, PARSE_SERVER_SCRIPT);
  const port = await freePort();
  const appId = 'eventide-bench';
  const masterKey = randomBytes(24).toString('hex');
  const child = spawn(process.execPath, [script], {
    cwd: cacheDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PARSE_BENCH_PORT: String(port),
      PARSE_BENCH_APP_ID: appId,
      PARSE_BENCH_MASTER_KEY: masterKey,
      PARSE_BENCH_DATABASE_URI: database.url,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    }
    await database.drop();
  };
  try {
    await waitUntilUp(
      `${base}/parse/health`,
      () => out,
      () => child.exitCode !== null,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    name: 'Parse',
    base,
    pid: child.pid!,
    databaseUrl: database.url,
    appId,
    masterKey,
    output: () => out,
    stop,
  };
}
