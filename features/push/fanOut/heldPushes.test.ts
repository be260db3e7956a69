import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleCommand } from '../../../core/index.js';
import {
  defaultNotificationCatalog,
  notificationDecider,
  type NotificationCommand,
} from '../../../domain/notification/index.js';
import { PostgresBus, type BusConsumer } from '../../../infra/bus/index.js';
import { PostgresEventStore } from '../../../infra/eventStore/index.js';
import { createPostgresDatabase, type Database } from '../../../infra/postgres/index.js';
import type { PushNotification } from '../../../infra/push/index.js';
import { PostgresScheduler, type SchedulerRunner } from '../../../infra/scheduler/index.js';
import { createScheduledHandlers } from '../../../projectors/index.js';
import { ensureProjectorSchema, versionedTable } from '../../../projectors/runtime/index.js';
import { templatedPglite } from '../../../test/support/pgliteTemplate.js';
import { createTestDatabase, postgresAvailable } from '../../../test/support/testDatabase.js';
import { notifierProjection, PUSH_REQUESTS_TOPIC } from '../notifier/index.js';
import { FanOutWorker } from './FanOutWorker.js';
import { holdPushes } from './holdPushes.js';

const USER = '00000000-0000-4000-8000-0000000000aa';
const dev = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const push = (notificationId: string, n: number): PushNotification => ({
  id: `${notificationId}:${dev(n)}`,
  notificationId,
  deviceId: dev(n),
  userId: USER,
  platform: 'android',
  pushToken: `t${n}`,
  kind: 'marketing',
  title: 'Sale',
  body: 'Today only',
  data: { notificationId },
});

describe.each(['pglite', 'postgres'] as const)(
  'pushes held for quiet hours, through the scheduler (%s)',
  (kind) => {
    let database: { url: string; drop: () => Promise<void> } | undefined;
    let db: Database | undefined;
    let store: PostgresEventStore;
    let bus: PostgresBus;
    let scheduler: PostgresScheduler;
    let runner: SchedulerRunner | undefined;
    let consumer: BusConsumer | undefined;
    let worker: FanOutWorker | undefined;
    const received: PushNotification[] = [];
    const dropped: unknown[] = [];

    beforeAll(async () => {
      if (kind === 'postgres') {
        if (!(await postgresAvailable())) return;
        database = await createTestDatabase();
        db = await createPostgresDatabase({ connectionString: database.url, poolMax: 4 });
      } else db = await templatedPglite();
      store = await PostgresEventStore.open(db);
      bus = await PostgresBus.open(db, { pollMs: 50 });
      scheduler = await PostgresScheduler.open(db);
      // The notifier's devices as they are when the pushes are released: 5 was removed meanwhile,
      // 6 got a new token; 1 to 4 are as they were.
      await ensureProjectorSchema(db.knex);
      const devices = versionedTable('notifier_devices', notifierProjection.version);
      await db.knex.raw(`create table ${devices} (device_id uuid primary key, user_id uuid not null,
        push_token text, active boolean not null)`);
      await db.knex('projection_registry').insert({
        projection: notifierProjection.name,
        active_version: notifierProjection.version,
      });
      await db.knex(devices).insert(
        [1, 2, 3, 4, 5, 6].map((n) => ({
          device_id: dev(n),
          user_id: USER,
          push_token: n === 6 ? 'a-new-token' : `t${n}`,
          active: n !== 5,
        })),
      );
    }, 60_000);
    afterAll(async () => {
      await runner?.stop();
      await worker?.stop();
      await consumer?.stop();
      await scheduler?.close();
      await bus?.close();
      await store?.close();
      await db?.close();
      await database?.drop();
    });

    const command = (id: string, type: 'RequestNotification' | 'CancelNotification') =>
      handleCommand({
        store,
        decider: notificationDecider,
        stream: `notification-${id}`,
        command: (metadata) =>
          (type === 'RequestNotification'
            ? {
                type,
                data: {
                  notificationId: id,
                  audience: { type: 'users', userIds: [USER] },
                  content: { type: 'text', title: 'Sale', body: 'Today only' },
                  category: 'marketing',
                  payload: {},
                  data: {},
                  silent: false,
                  inbox: false,
                  sender: { type: 'apiKey', apiKeyId: 'k' },
                },
                metadata,
              }
            : { type, data: { notificationId: id }, metadata }) as NotificationCommand,
        context: { commandId: randomUUID(), correlationId: id, now: new Date() },
      });

    it('a held push is handed to the sender when its quiet hours end, not before, and never once its notification is cancelled', async (ctx) => {
      if (!db) return ctx.skip();
      const [due, cancelled, later] = [randomUUID(), randomUUID(), randomUUID()];
      for (const id of [due, cancelled, later]) await command(id, 'RequestNotification');
      const past = new Date(Date.now() - 60_000).toISOString();
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
      await holdPushes(scheduler, due, 0, [
        { until: past, push: push(due, 1) },
        { until: past, push: push(due, 2) },
        { until: past, push: push(due, 5) },
        { until: past, push: push(due, 6) },
      ]);
      await holdPushes(scheduler, cancelled, 0, [{ until: past, push: push(cancelled, 3) }]);
      await holdPushes(scheduler, later, 0, [{ until: tomorrow, push: push(later, 4) }]);
      // Held again (a page published twice): the same keys, nothing new.
      await holdPushes(scheduler, due, 0, [{ until: past, push: push(due, 1) }]);
      await command(cancelled, 'CancelNotification');

      consumer = await bus.consume({ group: 'sender', topics: [PUSH_REQUESTS_TOPIC] }, async (m) => {
        received.push(JSON.parse(m.value.toString()) as PushNotification);
      });
      worker = new FanOutWorker({
        store,
        knex: db.knex,
        bus,
        scheduler,
        catalog: defaultNotificationCatalog,
        pageSize: 100,
        clock: () => new Date(),
        logger: { warn: () => undefined, info: (o: unknown) => dropped.push(o) } as never,
      });
      await worker.start();
      runner = scheduler.run(createScheduledHandlers({ bus, outbox: bus }));

      await expect.poll(() => received.length, { timeout: 20_000 }).toBe(2);
      await expect.poll(() => dropped.length, { timeout: 20_000 }).toBe(1);
      // Not to the device removed meanwhile, nor to the old token of the one that got a new one.
      expect(received.map((p) => p.id).sort()).toEqual([`${due}:${dev(1)}`, `${due}:${dev(2)}`]);
      // The release is recorded once (the statistics move the pushes from deferred to handed over).
      const events = async (id: string) => (await store.readStream(`notification-${id}`)).map((e) => e.type);
      await expect.poll(() => events(due), { timeout: 10_000 }).toContain('NotificationHeldReleased');
      expect((await events(due)).filter((t) => t === 'NotificationHeldReleased')).toHaveLength(1);
      expect(await events(cancelled)).toEqual(['NotificationRequested', 'NotificationCancelled']);
      // Tomorrow's is still held.
      const held = (await db.knex('scheduled_items').select('key', 'status')) as {
        key: string;
        status: string;
      }[];
      expect(held.filter((i) => i.status === 'pending').map((i) => i.key)).toEqual([
        `push-held:${later}:0:${tomorrow}:0`,
      ]);
      expect(held.filter((i) => i.status === 'done')).toHaveLength(2);
    });
  },
);
