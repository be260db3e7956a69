import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PostgresEventStore } from '../../infra/eventStore/index.js';
import { createPostgresDatabase } from '../../infra/postgres/index.js';
import { api, signUp } from '../../test/support/api.js';
import { startChild } from '../../test/support/childProcess.js';
import { freePort } from '../../test/support/freePort.js';
import { CAMPAIGN_KEY } from '../../test/support/push/countingPushServers.js';
import type { CountingPushServers } from '../../test/support/push/countingPushServers.js';
import { fanOutDevices, type FanOutDevice } from '../../test/support/push/fanOutDevices.js';
import { createTestDatabase } from '../../test/support/testDatabase.js';
import { epochNow, percentile } from './fanOutFigures.js';
import { startParsePushSender } from './startParsePushSender.js';
import { makeAdmin } from '../../test/support/makeAdmin.js';

/** One push at a time, from the call to its arrival at the local server. */
export interface CommandLatency {
  label: string;
  samples: number;
  p50Ms: number;
  p99Ms: number;
  /** Eventide only: the command's HTTP answer (202), from the request. */
  answerP50Ms?: number;
}

const WAIT_MS = 60_000;

/** Until the local servers have `campaign` for `token`: its arrival (epoch ms). */
async function arrival(servers: CountingPushServers, campaign: string, token: string): Promise<number> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const at = servers.receipts.firstAtOf(campaign, token);
    if (at !== undefined) return at;
    if (Date.now() > deadline) throw new Error(`no push ${campaign} within ${WAIT_MS} ms`);
    await sleep(1);
  }
}

const figures = (label: string, latencies: number[], answers?: number[]): CommandLatency => {
  const sorted = [...latencies].sort((a, b) => a - b);
  const answered = answers && [...answers].sort((a, b) => a - b);
  return {
    label,
    samples: sorted.length,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    ...(answered ? { answerP50Ms: percentile(answered, 50) } : {}),
  };
};

/**
 * Eventide end to end: `npm start`'s process (bin/start.ts from dist/: command API, projectors,
 * fan-out and sender) on a fresh database and fresh Kafka topics; an API key with
 * notifications:send; two users with one device each (iOS, Android). Then `warmUp + samples`
 * sends, one at a time, alternating the users: `POST /v1/notifications` to the user, timed from
 * the request to the push's arrival at the local APNs or FCM server (the warm-up not counted).
 */
export async function eventideCommandToPush(
  servers: CountingPushServers,
  options: { brokers: string; samples: number; warmUp: number },
): Promise<CommandLatency> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'push-bench-command-'));
  const port = await freePort();
  const child = startChild('bin/start.ts', {
    ...servers.senderEnv,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    KAFKA_BROKERS: options.brokers,
    KAFKA_TOPIC_PREFIX: `pushcmd${randomBytes(3).toString('hex')}.`,
    CURSOR_SECRET: randomBytes(32).toString('hex'),
    RATE_LIMIT_MULTIPLIER: '0',
    PUSH_SYNC_INTERVAL_SECONDS: '0',
  });
  const db = await createPostgresDatabase({ connectionString: database.url, poolMax: 2 });
  try {
    await child.waitFor('"listening"', 120_000);
    const url = `http://127.0.0.1:${port}`;
    const client = api(url, { contract: false });
    const admin = await signUp(client, 'Bench admin');
    const store = await PostgresEventStore.open(db);
    await makeAdmin(store, admin.userId);
    await store.close();
    let key: string | undefined;
    for (let tries = 0; !key; tries++) {
      const created = await client.post<{ secret: string }>(
        '/v1/admin/api-keys',
        { name: 'bench', scopes: ['notifications:send'] },
        { token: admin.accessToken },
      );
      if (created.status === 201) key = created.body.secret;
      else if (tries > 600) throw new Error(`no API key: ${created.status} ${created.raw.toString()}`);
      else await sleep(100);
    }
    const recipients: { userId: string; token: string }[] = [];
    for (const device of fanOutDevices(2)) {
      const user = await signUp(client, `Bench ${device.platform}`);
      const registered = await client.post(
        '/v1/devices',
        {
          platform: device.platform,
          pushToken: device.pushToken,
          appVersion: '1.0.0',
          locale: 'en',
          timezone: 'UTC',
        },
        { token: user.accessToken },
      );
      if (registered.status !== 201)
        throw new Error(`device: ${registered.status} ${registered.raw.toString()}`);
      recipients.push({ userId: user.userId, token: device.pushToken });
    }
    const run = randomUUID();
    const latencies: number[] = [];
    const answers: number[] = [];
    for (let n = 0; n < options.warmUp + options.samples; n++) {
      const to = recipients[n % recipients.length]!;
      const campaign = `${run}:${n}`;
      const t0 = epochNow();
      const response = await fetch(`${url}/v1/notifications`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          audience: { users: [to.userId] },
          title: 'Your order shipped',
          body: 'It arrives on Tuesday',
          category: 'social',
          data: { [CAMPAIGN_KEY]: campaign },
        }),
      });
      const answeredAt = epochNow();
      if (response.status !== 202) throw new Error(`send: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
      // The first sends wait for the workers' consumer groups to settle: as long as they take.
      const at = await arrival(servers, campaign, to.token);
      if (n < options.warmUp) continue;
      latencies.push(at - t0);
      answers.push(answeredAt - t0);
    }
    return figures('Eventide: POST /v1/notifications → received', latencies, answers);
  } catch (error) {
    console.error(`  ${(error as Error).message}\n${child.output().slice(-3000)}`);
    throw error;
  } finally {
    await child.kill('SIGTERM');
    await db.close();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The baseline, in the same run against the same servers: Parse Server's push adapter in its own
 * process (parsePushSender.ts, `oneByOne`) sending one push to one of the same two kinds of
 * device per call, one at a time, timed from its `send` call to the arrival.
 */
export async function parseOneByOne(
  servers: CountingPushServers,
  options: { samples: number; warmUp: number },
): Promise<CommandLatency> {
  const devices: FanOutDevice[] = fanOutDevices(2);
  const { child, campaign, stop } = startParsePushSender(servers, devices, { oneByOne: true });
  const calledAt = (n: number): number => {
    const line = new RegExp(`\\{"call":${n},"at":([0-9.]+)\\}`).exec(child.output());
    if (!line) throw new Error(`Parse: no call ${n}`);
    return Number(line[1]);
  };
  try {
    await child.waitFor('ready', 120_000);
    const latencies: number[] = [];
    for (let n = 0; n < options.warmUp + options.samples; n++) {
      child.process.kill('SIGUSR2');
      const at = await arrival(
        servers,
        `${campaign.notificationId}:${n}`,
        devices[n % devices.length]!.pushToken,
      );
      await child.waitFor(`{"call":${n},`);
      if (n >= options.warmUp) latencies.push(at - calledAt(n));
    }
    return figures('Parse push adapter: send() → received', latencies);
  } finally {
    await stop();
  }
}
