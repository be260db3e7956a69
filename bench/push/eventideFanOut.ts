import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka, logLevel } from 'kafkajs';
import { KafkaBus } from '../../infra/bus/kafka/index.js';
import { PUSH_REQUESTS_TOPIC } from '../../features/push/notifier/index.js';
import type { Child } from '../../test/support/childProcess.js';
import type { CountingPushServers } from '../../test/support/push/countingPushServers.js';
import { CAMPAIGN_KEY } from '../../test/support/push/countingPushServers.js';
import { fanOutDevices, type FanOutDevice } from '../../test/support/push/fanOutDevices.js';
import { publishPushRequests, type Campaign } from '../../test/support/push/publishPushRequests.js';
import { waitForStableGroup } from './waitForStableGroup.js';
import { startPushSenderProcess } from '../../test/support/push/pushSenderProcess.js';
import { createTestDatabase } from '../../test/support/testDatabase.js';
import { epochNow, fanOutFigures, type FanOutFigures } from './fanOutFigures.js';
import { sampleCpu } from './sampleCpu.js';
import { sampleRss } from './sampleRss.js';
import { memoryFigures, memorySamplerOption } from './memoryFigures.js';

async function createTopic(brokers: string, topic: string, numPartitions: number): Promise<void> {
  const admin = new Kafka({ brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions }] });
  } finally {
    await admin.disconnect();
  }
}

export const campaignOf = (notificationId: string): Campaign => ({
  notificationId,
  title: 'Spring sale',
  body: 'Everything 20% off until Sunday',
  data: { [CAMPAIGN_KEY]: notificationId },
});

/**
 * Eventide: the campaign's push requests put on Kafka by the producer (publishPushRequests) while
 * `senders` sender processes (bin/projectors.ts --only=push-sender, on a fresh database and fresh
 * topics) consume them and send to the local servers. The clock starts when publishing starts.
 */
export async function eventideFanOut(
  servers: CountingPushServers,
  devices: readonly FanOutDevice[],
  senders: number,
  brokers: string,
): Promise<FanOutFigures> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'push-bench-'));
  const prefix = `pushbench${randomBytes(3).toString('hex')}.`;
  const memoryFile = join(dataDir, 'memory');
  const env = {
    ...servers.senderEnv,
    // PUSH_BENCH_NODE_OPTIONS: node options for the senders only (e.g. --cpu-prof, V8 heap flags).
    NODE_OPTIONS: [process.env.NODE_OPTIONS, process.env.PUSH_BENCH_NODE_OPTIONS, memorySamplerOption]
      .filter(Boolean)
      .join(' '),
    PUSH_BENCH_MEMORY_FILE: memoryFile,
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    KAFKA_BROKERS: brokers,
    KAFKA_TOPIC_PREFIX: prefix,
    CURSOR_SECRET: randomBytes(32).toString('hex'),
  };
  // PUSH_BENCH_PARTITIONS: push.requests is created with that many partitions before the senders
  // start (else the senders create it with the bus's default, 6).
  const partitions = Number(process.env.PUSH_BENCH_PARTITIONS ?? 0);
  const bus = new KafkaBus({
    brokers: brokers.split(','),
    topicPrefix: prefix,
    ...(partitions > 0 ? { partitions } : {}),
  });
  const children: Child[] = [];
  try {
    if (partitions > 0) await createTopic(brokers, `${prefix}${PUSH_REQUESTS_TOPIC}`, partitions);
    children.push(...(await Promise.all(Array.from({ length: senders }, () => startPushSenderProcess(env)))));
    // Let the consumer group settle (every sender a member, partitions assigned), then send a
    // warm-up campaign over every partition (connections opened, tokens signed) and forget it.
    await waitForStableGroup(brokers, `${prefix}push-sender`, senders);
    const warmUp = fanOutDevices(24);
    await publishPushRequests(bus, campaignOf(`warm-up-${randomUUID()}`), warmUp);
    await servers.receipts.waitForDistinct(warmUp.length);
    servers.receipts.clear();

    const campaign = campaignOf(randomUUID());
    const published = new Map<string, number>();
    const rss = sampleRss(children.map((c) => c.process.pid!));
    const cpu = sampleCpu(
      children.map((c) => c.process.pid!),
      servers.pid,
    );
    const t0 = epochNow();
    await publishPushRequests(bus, campaign, devices, {
      onPage: (page, at) => page.forEach((d) => published.set(d.pushToken, at)),
    });
    await servers.receipts.waitForDistinct(devices.length).catch((error: unknown) => {
      console.error(
        `  ${(error as Error).message}\n${children.map((c) => c.output().slice(-2000)).join('\n')}`,
      );
    });
    const cpuFigures = cpu.stop();
    const tEnd = epochNow();
    await sleep(1000); // a repeat would arrive now
    const figures = fanOutFigures(
      `Eventide, ${senders} sender${senders > 1 ? 's' : ''}`,
      campaign.notificationId,
      devices,
      servers.receipts,
      t0,
      (d) => published.get(d.pushToken)!,
      rss.stop(),
    );
    figures.cpu = cpuFigures;
    figures.memory = memoryFigures(
      memoryFile,
      children.map((c) => c.process.pid!),
      t0,
      tEnd,
    );
    servers.receipts.clear();
    return figures;
  } finally {
    await Promise.all(children.map((c) => c.kill('SIGTERM')));
    await bus.close();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
