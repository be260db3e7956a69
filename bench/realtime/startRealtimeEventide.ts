import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild, type Child } from '../../test/support/childProcess.js';
import { freePort } from '../../test/support/freePort.js';
import { createTestDatabase } from '../../test/support/testDatabase.js';
import { waitUntilUp } from '../peers/peerServer.js';

export interface RealtimeEventide {
  /** The all-in-one process (command API, projectors): where messages are sent. */
  commandBase: string;
  /** The query-api process alone: where the sockets connect, and whose memory is measured. */
  queryBase: string;
  queryPid: number;
  /** The all-in-one process. */
  commandPid: number;
  /** The query-api process's `feed_reads_total` (all outcomes), read from its /metrics. */
  feedReads(): Promise<number>;
  /** The all-in-one process's largest `projection_lag_events` now, and whose. */
  projectionLag(): Promise<{ events: number; projection: string }>;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Eventide in the production shape for realtime, on a fresh PostgreSQL database and Redis: the
 * all-in-one process (dist/start.js) takes the commands and runs the projectors, and a query-api
 * process of its own (dist/queryApi.js) holds the sockets, woken through Redis pub/sub (the
 * change signal with REDIS_URL) as every query-api instance is in production. Production password
 * cost is not needed here (sign-ups are set-up, not measured): scrypt N=1024; rate limits off.
 */
export async function startRealtimeEventide(redisUrl: string): Promise<RealtimeEventide> {
  const opsToken = randomBytes(24).toString('hex');
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'realtime-bench-'));
  const shared = {
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_MULTIPLIER: '0',
    PASSWORD_SCRYPT_N: '1024',
    // The run outlasts the default 15 minutes; a socket whose token expires is closed (4001).
    ACCESS_TOKEN_TTL_SECONDS: '7200',
    CURSOR_SECRET: randomBytes(32).toString('hex'),
    REDIS_URL: redisUrl,
    // A prefix of its own: other processes on the same Redis do not reach these.
    REDIS_KEY_PREFIX: `rtbench${randomBytes(4).toString('hex')}:`,
    OPS_TOKEN: opsToken,
  };
  // REALTIME_BENCH_PROFILE_DIR: both processes write a V8 CPU profile there when they stop.
  const profileDir = process.env.REALTIME_BENCH_PROFILE_DIR;
  const nodeArgs = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const children: Child[] = [];
  const stop = async () => {
    for (const child of children.reverse()) await child.kill('SIGTERM');
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const output = () => children.map((c) => c.output()).join('\n');
  try {
    const commandPort = await freePort();
    const all = startChild('bin/start.ts', { ...shared, PORT: String(commandPort) }, [], nodeArgs);
    children.push(all);
    const commandBase = `http://127.0.0.1:${commandPort}`;
    await waitUntilUp(`${commandBase}/healthz`, all.output, () => all.process.exitCode !== null);
    // Started second: it finds the schema and the JWT key (DATA_DIR) the first one made.
    const queryPort = await freePort();
    const query = startChild('bin/queryApi.ts', { ...shared, PORT: String(queryPort) }, [], nodeArgs);
    children.push(query);
    const queryBase = `http://127.0.0.1:${queryPort}`;
    await waitUntilUp(`${queryBase}/healthz`, query.output, () => query.process.exitCode !== null);
    return {
      commandBase,
      queryBase,
      queryPid: query.process.pid!,
      commandPid: all.process.pid!,
      feedReads: async () => sumOf(await metricsOf(queryBase, opsToken), 'feed_reads_total'),
      projectionLag: async () => largestLag(await metricsOf(commandBase, opsToken)),
      output,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A process's Prometheus text, from its /metrics. */
async function metricsOf(base: string, opsToken: string): Promise<string> {
  const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${opsToken}` } });
  return response.text();
}

/** The values of one metric over its labels. */
const valuesOf = (text: string, name: string) =>
  [...text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+-]+)$`, 'gm'))].map((m) => Number(m[1]));
const sumOf = (text: string, name: string) => valuesOf(text, name).reduce((a, b) => a + b, 0);

/** The projection furthest behind the log's head, in events. */
function largestLag(text: string): { events: number; projection: string } {
  let largest = { events: 0, projection: '' };
  for (const m of text.matchAll(/^projection_lag_events\{[^}]*projection="([^"]*)"[^}]*\} ([0-9.e+-]+)$/gm))
    if (Number(m[2]) > largest.events) largest = { events: Number(m[2]), projection: m[1]! };
  return largest;
}
