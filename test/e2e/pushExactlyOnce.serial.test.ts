import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createPostgresDatabase } from '../../infra/postgres/index.js';
import { startChild, type Child } from '../support/childProcess.js';
import { prng } from '../support/deviceHistory.js';
import { kafkaAvailable, TEST_KAFKA_BROKERS } from '../support/kafka.js';
import { CAMPAIGN_KEY, startCountingPushServers } from '../support/push/countingPushServers.js';
import { deliveryKeyOf, fanOutDevices } from '../support/push/fanOutDevices.js';
import type { ProducerSetup } from '../support/push/pushRequestProducer.js';
import { startPushSenderProcess } from '../support/push/pushSenderProcess.js';
import { createTestDatabase, postgresAvailable } from '../support/testDatabase.js';

const DEVICES = 10_000;
const SENDER_KILLS = 5;
const PRODUCER_KILLS = 2;
/** The claim's lease in the senders: a key whose sender was killed mid-send waits this long. */
const LEASE_MS = 5_000;
/** Push requests a sender claims, sends and records together, per partition (PUSH_SEND_BATCH_SIZE). */
const SEND_BATCH = 50;
/** The push requests topic's partitions (KafkaBus's default), each with a batch in flight at once. */
const PARTITIONS = 6;

describe('push: exactly-once effect across crashes', () => {
  it(`when senders and the producer are SIGKILLed at random and the broker restarts during a ${DEVICES}-device fan-out, every (notification, device) should reach the local servers, repeated only where a send's answer was lost (a kill, a retried call) and then with its first id, and the ledger should hold every key sent`, async (ctx) => {
    if (!(await postgresAvailable()) || !(await kafkaAvailable())) return ctx.skip();
    const started = performance.now();
    const random = prng(20261130);
    const servers = await startCountingPushServers();
    const database = await createTestDatabase();
    const db = await createPostgresDatabase({ connectionString: database.url });
    const dir = mkdtempSync(join(tmpdir(), 'push-once-'));
    const prefix = `pushonce${randomBytes(3).toString('hex')}.`;
    const brokers = TEST_KAFKA_BROKERS.join(',');
    const devices = fanOutDevices(DEVICES);
    const notificationId = randomUUID();
    const setup: ProducerSetup = {
      brokers,
      topicPrefix: prefix,
      campaign: {
        notificationId,
        title: 'Flash sale',
        body: 'One hour only',
        data: { [CAMPAIGN_KEY]: notificationId },
      },
      devicesFile: join(dir, 'devices.json'),
      checkpointFile: join(dir, 'producer.checkpoint'),
      pageSize: 100,
    };
    writeFileSync(setup.devicesFile, JSON.stringify(devices));
    writeFileSync(join(dir, 'producer.json'), JSON.stringify(setup));
    const senderEnv = {
      ...servers.senderEnv,
      DATABASE_URL: database.url,
      DATA_DIR: dir,
      KAFKA_BROKERS: brokers,
      KAFKA_TOPIC_PREFIX: prefix,
      CURSOR_SECRET: randomBytes(32).toString('hex'),
      PUSH_DELIVERY_LEASE_MS: String(LEASE_MS),
      PUSH_SEND_BATCH_SIZE: String(SEND_BATCH),
      LOG_LEVEL: 'info',
    };
    const all: Child[] = [];
    const startProducer = () => {
      const child = startChild('test/support/push/pushRequestProducer.ts', {
        PRODUCER_SETUP: join(dir, 'producer.json'),
      });
      all.push(child);
      return child;
    };
    const startSender = async () => {
      const child = await startPushSenderProcess(senderEnv);
      all.push(child);
      return child;
    };
    const exited = (c: Child) => c.process.exitCode !== null || c.process.signalCode !== null;
    const produced = (c: Child) => c.process.exitCode === 0 && c.output().includes('published all');
    try {
      const senders = await Promise.all([startSender(), startSender()]);
      let producer = startProducer();
      let senderKills = 0;
      let producerKills = 0;
      const producerKilledAt: number[] = [];
      let brokerRestartMs: number | undefined;
      // 1. The producer, SIGKILLed at a random moment once it publishes, and started again (it
      //    resumes after its last whole page, so the page in flight goes out twice).
      while (producerKills < PRODUCER_KILLS) {
        await producer.waitFor('producing from', 60_000);
        await sleep(random() * 500);
        await producer.kill('SIGKILL');
        producerKills++;
        producerKilledAt.push(
          existsSync(setup.checkpointFile) ? Number(readFileSync(setup.checkpointFile, 'utf8')) : 0,
        );
        producer = startProducer();
      }
      // 2. A sender at a random moment, started again at once; after the second, the broker restarts.
      while (senderKills < SENDER_KILLS) {
        await sleep(500 + random() * 2000);
        const i = random() < 0.5 ? 0 : 1;
        await senders[i]!.kill('SIGKILL');
        senderKills++;
        senders[i] = await startSender();
        if (senderKills === 2) {
          const before = performance.now();
          // Not execFileSync: the local servers live in this process and must keep answering.
          await promisify(execFile)('scripts/infra/kafka.sh', ['restart']);
          brokerRestartMs = performance.now() - before;
        }
        // A process the broker's restart took down is started again, as a supervisor would.
        for (const [k, sender] of senders.entries()) if (exited(sender)) senders[k] = await startSender();
        if (exited(producer) && !produced(producer)) producer = startProducer();
      }
      // The producer was cut short while publishing, not after.
      expect(producerKilledAt.some((published) => published < DEVICES)).toBe(true);
      // 3. Let the producer finish (restarted if the broker's outage ended it) and the senders drain.
      while (!produced(producer)) {
        if (exited(producer)) producer = startProducer();
        await sleep(200);
      }
      await servers.receipts.waitForDistinct(DEVICES, 120_000);
      await expect
        .poll(
          async () =>
            Number(
              (
                await db.knex('push_deliveries').where({ status: 'sent' }).count<{ n: string }[]>('* as n')
              )[0]!.n,
            ),
          { timeout: 60_000, interval: 500 },
        )
        .toBe(DEVICES);
      // A send a kill cut short is repeated once its lease is over: wait that long for repeats.
      await sleep(LEASE_MS + 2_000);

      // 4. Each (notification, device) reached the servers; a repeat carries its first id.
      const receipts = servers.receipts;
      expect(receipts.distinct).toBe(DEVICES);
      expect(devices.filter((d) => receipts.countOf(notificationId, d.pushToken) === 0)).toEqual([]);
      expect(receipts.effectMismatches).toBe(0);

      // 5. The ledger: every delivery key once, sent; nothing else.
      const rows = await db
        .knex('push_deliveries')
        .select<{ notification_id: string; status: string; attempts: number }[]>(
          'notification_id',
          'status',
          'attempts',
        );
      expect(rows).toHaveLength(DEVICES);
      expect(rows.filter((r) => r.status !== 'sent')).toEqual([]);
      expect(new Set(rows.map((r) => r.notification_id))).toEqual(
        new Set(devices.map((d) => deliveryKeyOf(notificationId, d.deviceId))),
      );

      // 6. A repeat is a send whose answer the sender never recorded: a call that failed (timed
      // out, connection lost) and was retried, so its ledger row counts more than one attempt, or
      // a send a SIGKILL left unrecorded. A sender records a batch's outcomes together, after its
      // calls, so a kill can leave at most one batch per partition unrecorded (docs/push-batch.md).
      const attempts = new Map(rows.map((r) => [r.notification_id, Number(r.attempts)]));
      const keyOfToken = new Map(
        devices.map((d) => [d.pushToken, deliveryKeyOf(notificationId, d.deviceId)]),
      );
      const repeats = receipts.repeated();
      const afterRetry = repeats.filter((r) => attempts.get(keyOfToken.get(r.device)!)! > 1);
      const afterKill = repeats.filter((r) => !afterRetry.includes(r));
      expect(afterKill.length).toBeLessThanOrEqual(senderKills * SEND_BATCH * PARTITIONS);
      // Each kill repeats a key at most once (it is sent again by the next sender, once).
      expect(afterKill.every((r) => r.count >= 2 && r.count - 1 <= senderKills)).toBe(true);
      // Each provider call reaches the server at most once: no key more often than its calls.
      expect(repeats.filter((r) => r.count > attempts.get(keyOfToken.get(r.device)!)! + 1)).toEqual([]);
      console.info(
        `${DEVICES} devices, ${senderKills} sender and ${producerKills} producer SIGKILLs (producer at ` +
          `${producerKilledAt.join(', ')} devices published), broker restart ` +
          `${Math.round(brokerRestartMs ?? NaN)} ms; ${receipts.total} receipts, ${receipts.duplicates} repeats ` +
          `(${afterRetry.length} after a retried call, ${afterKill.length} after a kill); ` +
          `${Math.round((performance.now() - started) / 1000)} s in all`,
      );
    } catch (error) {
      throw new Error(
        `${(error as Error).message}\n${all.map((c) => c.output().slice(-1500)).join('\n---\n')}`,
      );
    } finally {
      await Promise.all(all.map((c) => c.kill('SIGKILL')));
      await db.close();
      await database.drop();
      await servers.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
