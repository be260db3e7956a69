// npm run bench: the figures in the README, each beside a baseline measured in the same run.
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPostgresDatabase, type Database } from '../infra/postgres/index.js';
import { startChild } from '../test/support/childProcess.js';
import { freePort } from '../test/support/freePort.js';
import { createTestDatabase } from '../test/support/testDatabase.js';
import { appendBench } from './appendBench.js';
import { feedBench } from './feedBench.js';
import { identityBench } from './identityBench.js';
import { documentFeedBench, SYNC_BENCH_COLLECTIONS, syncBench } from './syncBench.js';
import { convergenceBench } from './convergenceBench.js';
import { commandToFeedBench } from './latencyBench.js';
import { FEED_DESIGN_COLLECTIONS, feedDesignBench } from './feedDesignBench.js';
import { longStreamBench } from './longStreamBench.js';
import { messagingBench } from './messagingBench.js';
import { printTable, type Row } from './report.js';
import { schedulerBench } from './schedulerBench.js';
import { bareExpress, idleRow, idleUse } from './idleBench.js';
import { twoDevicePollBench } from './twoDevicePollBench.js';
import { kafkaAvailable, TEST_KAFKA_BROKERS } from '../test/support/kafka.js';
import { pushBench } from './push/pushBench.js';
import { commandRows, commandTable, pushRows, pushTable } from './push/pushTable.js';
import { fanOutBench } from './fanOutBench.js';
import { realtimeBench, realtimeOptions } from './realtime/realtimeBench.js';
import { realtimeRows } from './realtime/realtimeRows.js';

const quick = process.argv.includes('--quick');
// `-- --only=stream,append`: run only the named parts (append, scheduler, stream, messaging, fanout, backend, identity, feed-design, idle, push, realtime).
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (part: string) => !only || only.includes(part);
const rows: Row[] = [];
// The backends run what `npm start` runs: bin/ compiled into dist/.
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });

/** The backend (`npm start`) in its own process on a fresh database, once it answers /healthz. */
async function startBackend(env: Record<string, string>) {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-'));
  const port = await freePort();
  const child = startChild('bin/start.ts', {
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ...env,
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if ((await fetch(`${base}/healthz`).catch(() => undefined))?.ok) break;
    if (i > 300) throw new Error(`backend did not start:\n${child.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    pid: child.process.pid!,
    databaseUrl: database.url,
    async stop() {
      await child.kill('SIGTERM');
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs a part on its own fresh database in this process. */
async function onFreshDatabase(run: (db: Database) => Promise<Row[]>) {
  const database = await createTestDatabase();
  const db = await createPostgresDatabase({ connectionString: database.url, poolMax: 32 });
  try {
    rows.push(...(await run(db)));
  } finally {
    await db.close();
    await database.drop();
  }
}

// 1. Event store, in this process.
if (wanted('append')) await onFreshDatabase((db) => appendBench(db, quick ? 300 : 3000));

// 1a. The scheduler: 10,000 items due at one instant, on PostgreSQL and PGlite.
if (wanted('scheduler')) rows.push(...(await schedulerBench(quick ? 2000 : 10_000)));

// 1b. The command core on one long stream, in this process.
if (wanted('stream')) await onFreshDatabase((db) => longStreamBench(db, quick ? 1000 : 10_000));

// 1b'. Sending a message: the 10th of a conversation against the 20,000th, in this process.
if (wanted('messaging')) await onFreshDatabase((db) => messagingBench(db, quick ? 2000 : 20_000));

// 1c. The push fan-out of one topic send, in this process.
if (wanted('fanout')) await onFreshDatabase((db) => fanOutBench(db, quick ? 10_000 : 100_000));

// 2. The backend in its own process (production adapters on PostgreSQL), load from this one.
if (wanted('backend')) await backendBenches();
async function backendBenches() {
  const collectionsFile = writeCollections(SYNC_BENCH_COLLECTIONS);
  const backend = await startBackend({
    PASSWORD_SCRYPT_N: '1024',
    RATE_LIMIT_MULTIPLIER: '0',
    CURSOR_SECRET: randomBytes(32).toString('hex'),
    COLLECTIONS_FILE: collectionsFile,
  });
  const base = backend.base;
  try {
    const json = { 'content-type': 'application/json' };
    const registered = (await (
      await fetch(`${base}/v1/auth/register`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          email: `${randomUUID()}@example.com`,
          password: 'benchmark password',
          displayName: 'Bench',
        }),
      })
    ).json()) as { accessToken: string };
    const token = registered.accessToken;
    const auth = { ...json, authorization: `Bearer ${token}` };
    let deviceId = '';
    let position = 0;
    for (let i = 0; i < 99; i++) {
      const device = (await (
        await fetch(`${base}/v1/devices`, {
          method: 'POST',
          headers: auth,
          body: JSON.stringify({
            platform: 'android',
            pushToken: `t${i}`,
            appVersion: '1.0.0',
            locale: 'en-US',
            timezone: 'America/New_York',
          }),
        })
      ).json()) as { id: string; position: number };
      deviceId = device.id;
      position = device.position;
    }
    const page = (await (
      await fetch(`${base}/v1/feed?limit=100&min_position=${position}`, { headers: auth })
    ).json()) as {
      changes: unknown[];
      nextCursor: string;
    };
    if (page.changes.length !== 100) throw new Error(`expected 100 changes, got ${page.changes.length}`);
    rows.push(...(await feedBench(base, token, page.nextCursor, quick ? 2 : 8)));
    rows.push(await twoDevicePollBench(base, quick ? 10 : 30));
    rows.push(await commandToFeedBench(base, token, deviceId, page.nextCursor, quick ? 30 : 300));
    rows.push(await syncBench(base, token, quick ? 2 : 8));
    rows.push(...(await documentFeedBench(base, token, quick ? 2 : 8)));
    rows.push(await convergenceBench(base, quick ? 20 : 100));
  } finally {
    await backend.stop();
  }
}

// 3. Identity, on a backend with the production password cost and rate limits off.
if (wanted('identity')) {
  const scryptN = 2 ** 15;
  const identity = await startBackend({ PASSWORD_SCRYPT_N: String(scryptN), RATE_LIMIT_MULTIPLIER: '0' });
  try {
    rows.push(...(await identityBench(identity.base, scryptN, quick ? 2 : 8)));
  } finally {
    await identity.stop();
  }
}

/** A collections file for a backend, in a temporary folder. */
function writeCollections(collections: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'bench-collections-')), 'collections.json');
  writeFileSync(file, JSON.stringify(collections));
  return file;
}

// 4. Feed page designs on one database: the backend writes, this process reads as query-api does.
if (wanted('feed-design')) {
  const designs = await startBackend({
    PASSWORD_SCRYPT_N: '1024',
    RATE_LIMIT_MULTIPLIER: '0',
    COLLECTIONS_FILE: writeCollections(FEED_DESIGN_COLLECTIONS),
  });
  const db = await createPostgresDatabase({ connectionString: designs.databaseUrl });
  try {
    rows.push(...(await feedDesignBench(designs.base, db, quick ? 50 : 300)));
  } finally {
    await db.close();
    await designs.stop();
  }
}

// 5. Idle: the all-in-one process doing nothing, on PostgreSQL and on the embedded default.
if (wanted('idle')) {
  const settle = quick ? 5 : 15;
  const seconds = quick ? 10 : 30;
  for (const [label, env] of [
    ['all-in-one on PostgreSQL', {}],
    ['all-in-one, embedded (PGlite)', { DATABASE_URL: '' }],
  ] as const) {
    const backend = await startBackend({ PASSWORD_SCRYPT_N: '1024', ...env });
    const bare = await bareExpress(await freePort());
    try {
      await new Promise((resolve) => setTimeout(resolve, settle * 1000));
      const [measured, baseline] = await Promise.all([
        idleUse(backend.pid, seconds),
        idleUse(bare.pid, seconds),
      ]);
      rows.push(idleRow(label, measured, baseline, seconds));
    } finally {
      await bare.stop();
      await backend.stop();
    }
  }
}

// 6. Push fan-out through Kafka beside Parse's push adapter (bench/push; `npm run bench:push` alone).
if (wanted('push')) {
  if (await kafkaAvailable()) {
    const devices = Number(process.env.PUSH_BENCH_DEVICES ?? (quick ? 5000 : 100_000));
    const { runs, command } = await pushBench({
      devices,
      brokers: TEST_KAFKA_BROKERS.join(','),
      commandSamples: quick ? 200 : 1000,
    });
    console.log(`\n${pushTable(runs)}\n\n${commandTable(command)}`);
    rows.push(...pushRows(runs), ...commandRows(command));
  } else console.log('push fan-out skipped: no Kafka at KAFKA_BROKERS');
}

// 7. WebSockets on a query-api process beside a bare ws server (bench/realtime; `npm run bench:realtime`
// alone, with its context lines). Full: 10,000 sockets; --quick: 1,000.
if (wanted('realtime')) {
  const options = realtimeOptions(quick);
  rows.push(...realtimeRows(options, await realtimeBench(options)));
}

console.log(`\nNode ${process.version}, ${new Date().toISOString()}\n`);
printTable(rows);
