import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { PostgresBus } from '../../infra/bus/index.js';
import { PostgresEventStore } from '../../infra/eventStore/index.js';
import { createPostgresDatabase } from '../../infra/postgres/index.js';
import { devicesProjection } from '../../features/devices/deviceList/index.js';
import { profilesProjection } from '../../features/accounts/profiles/index.js';
import { ProjectionRunner, type Projection } from '../../projectors/index.js';
import { PUSH_SENDER, SCHEDULER, WORKER_NAMES } from '../../app/index.js';
import { createLogger, createMetrics } from '../../platform/observability/index.js';
import { startChild, type Child } from '../support/childProcess.js';
import {
  appendDeviceHistory,
  expectedNewSignInPushes,
  prng,
  readWholeLog,
} from '../support/deviceHistory.js';
import { kafkaAvailable, TEST_KAFKA_BROKERS } from '../support/kafka.js';
import { createTestDatabase, postgresAvailable } from '../support/testDatabase.js';

const EVENTS = 5000;
const brokers = TEST_KAFKA_BROKERS.join(',');

describe.each(['postgres', 'kafka'] as const)('projector crash safety (%s bus)', (busKind) => {
  it(`when the projector process is SIGKILLed at random points during ${EVENTS} appends, read models should equal a rebuild and each push go out once`, async (ctx) => {
    if (!(await postgresAvailable())) return ctx.skip();
    if (busKind === 'kafka' && !(await kafkaAvailable())) return ctx.skip();
    const database = await createTestDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'crash-'));
    const db = await createPostgresDatabase({ connectionString: database.url, poolMax: 20 });
    const store = await PostgresEventStore.open(db);
    const env: Record<string, string> = {
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      PROJECTOR_LEASE_MS: '1000',
      PROJECTOR_BATCH_SIZE: '50',
      PROJECTOR_BACKOFF_MS: '20',
      CURSOR_SECRET: randomBytes(32).toString('hex'),
      // Only the new sign-in pushes are counted here (silent sync pushes have their own tests).
      PUSH_SYNC_INTERVAL_SECONDS: '0',
      ...(busKind === 'kafka'
        ? { KAFKA_BROKERS: brokers, KAFKA_TOPIC_PREFIX: `crash${randomBytes(3).toString('hex')}.` }
        : {}),
    };
    const random = prng(7);
    const outputs: Child[] = [];
    const spawn = () => {
      const started = startChild('bin/projectors.ts', env);
      outputs.push(started);
      return started;
    };
    const errorLogs = () =>
      outputs
        .map((c) => c.output())
        .join('')
        .slice(-3000);
    let child: Child = spawn();
    let kills = 0;
    try {
      // 1. Append the history while killing and restarting the projector process.
      let appended = false;
      const appending = appendDeviceHistory(store, { users: 400, events: EVENTS, seed: 42 }).finally(
        () => (appended = true),
      );
      while (!appended || kills < 6) {
        await sleep(300 + random() * 1200);
        await child.kill('SIGKILL');
        kills++;
        if (busKind === 'kafka' && kills === 3)
          execFileSync('scripts/infra/kafka.sh', ['restart'], { stdio: 'ignore' });
        child = spawn();
      }
      await appending;

      // 2. Let the last process catch up: every checkpoint at the head, every push delivered.
      const log = await readWholeLog(store);
      expect(log.length).toBeGreaterThanOrEqual(EVENTS);
      const head = log[log.length - 1]!.position;
      const expected = expectedNewSignInPushes(log);
      expect(expected.size).toBeGreaterThan(100);
      await expect
        .poll(
          async () => {
            const rows = await db
              .knex('projection_checkpoints')
              .select<{ projection: string; position: number }[]>('projection', 'position');
            return rows
              .filter((r) => Number(r.position) >= head)
              .map((r) => r.projection)
              .sort();
          },
          { timeout: 240_000, interval: 500 },
        )
        .toEqual(
          // The workers that follow no log position of their own keep no checkpoint.
          WORKER_NAMES.filter(
            (name) => ![PUSH_SENDER, SCHEDULER, 'push-sync', 'push-fanout', 'push-campaigns'].includes(name),
          ).sort(),
        );
      // Crashes and outages are not the events' fault: nothing may be parked.
      expect(await db.knex('projection_parked').select('event_type', 'error'), errorLogs()).toEqual([]);
      try {
        await expect
          .poll(
            async () =>
              Number((await db.knex('push_outbox').count<{ count: string }[]>('* as count'))[0]?.count),
            {
              timeout: 240_000,
              interval: 500,
            },
          )
          .toBe(expected.size);
      } catch (error) {
        // Say where the missing pushes are: still in the bus (and who claims the partition), or lost.
        const offsets = await db.knex('bus_offsets').select();
        const pending = await db.knex.raw(
          `select m.partition, count(*) as waiting from bus_messages m join bus_offsets o
             on o.topic = m.topic and o.partition = m.partition and o.consumer_group = 'push-sender'
            where m.id > o.last_id group by m.partition`,
        );
        throw new Error(
          `${(error as Error).message}\nchild alive: ${child.process.exitCode === null}\noffsets: ${JSON.stringify(offsets)}\n` +
            `waiting: ${JSON.stringify(pending.rows)}\nlogs: ${errorLogs()}`,
        );
      }
      await sleep(1000);
      await child.kill('SIGTERM');

      // 3. Each (event, device) was handed to the provider exactly once.
      const sent = await db.knex('push_outbox').select<{ notification_id: string }[]>('notification_id');
      expect(sent).toHaveLength(expected.size);
      expect(new Set(sent.map((r) => r.notification_id))).toEqual(expected);

      // 4. A from-scratch rebuild (a new version of each projection, in-process) matches exactly.
      const bus = await PostgresBus.open(db);
      const rebuild = (projection: Projection) =>
        new ProjectionRunner({
          projection: { ...projection, version: 1001 },
          store,
          knex: db.knex,
          bus,
          outbox: bus,
          owner: 'rebuild',
          logger: createLogger({ level: 'silent' }),
          metrics: createMetrics(),
        });
      const runners = [rebuild(profilesProjection), rebuild(devicesProjection)];
      runners.forEach((r) => r.start());
      await expect
        .poll(
          async () =>
            (
              await db
                .knex('projection_checkpoints')
                .where({ version: 1001 })
                .where('position', '>=', head)
                .count<{ count: string }[]>('* as count')
            )[0]?.count,
          { timeout: 60_000 },
        )
        .toBe(2);
      await Promise.all(runners.map((r) => r.stop()));
      await bus.close();
      for (const [table, key, version] of [
        ['devices', 'device_id', devicesProjection.version],
        ['profiles', 'user_id', profilesProjection.version],
      ] as const) {
        const live = await db.knex(`rm_${table}_v${version}`).orderBy(key).select();
        const rebuilt = await db.knex(`rm_${table}_v1001`).orderBy(key).select();
        expect(live.length).toBeGreaterThan(10);
        expect(live).toEqual(rebuilt);
      }
      expect(kills).toBeGreaterThanOrEqual(6);
      console.info(
        `${busKind} bus: ${log.length} events, ${kills} SIGKILLs, ${expected.size} pushes, each sent once`,
      );
    } finally {
      await child.kill('SIGKILL');
      await store.close();
      await db.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 400_000);
});
