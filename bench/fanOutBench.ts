import { randomUUID } from 'node:crypto';
import { handleCommand } from '../core/index.js';
import {
  defaultNotificationCatalog,
  notificationDecider,
  type NotificationRequest,
} from '../domain/notification/index.js';
import type { Bus } from '../infra/bus/index.js';
import { PostgresEventStore, PostgresSnapshotStore } from '../infra/eventStore/index.js';
import type { Database } from '../infra/postgres/index.js';
import { PostgresScheduler } from '../infra/scheduler/index.js';
import { fanOutNotification } from '../features/push/fanOut/index.js';
import { notifierProjection } from '../features/push/notifier/index.js';
import { topicSubscriptionsProjection } from '../features/push/topics/index.js';
import { ensureProjectorSchema, versionedTable } from '../projectors/runtime/index.js';
import { fmt, type Row } from './report.js';

/** A bus that only counts (the fan-out's own memory is measured, not a broker client's). */
const countingBus = (): Bus & { count: number } => {
  const bus = {
    kind: 'postgres' as const,
    count: 0,
    publish: (_topic: string, messages: readonly unknown[]) => {
      bus.count += messages.length;
      return Promise.resolve();
    },
    consume: () => Promise.reject(new Error('not in the bench')),
    consumeBatches: () => Promise.reject(new Error('not in the bench')),
    close: () => Promise.resolve(),
  };
  return bus;
};

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * What the fan-out keeps: the heap after a full collection at each page, its highest above the
 * start (needs --expose-gc; without it, the heap sampled at each page, garbage included).
 */
function retainedHeap() {
  gc?.();
  const start = process.memoryUsage().heapUsed;
  let peak = start;
  return {
    sample: () => {
      gc?.();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      return Promise.resolve();
    },
    growthMb: () => (peak - start) / 1024 / 1024,
  };
}

/**
 * A topic send to `count` devices against one to a tenth of them, both in pages of 500: a
 * fan-out that holds one page at a time retains the same heap whatever the audience.
 */
export async function fanOutBench(db: Database, count: number): Promise<Row[]> {
  const knex = db.knex;
  await ensureProjectorSchema(knex);
  // Nobody has quiet hours here: nothing is held, but the fan-out wants a scheduler.
  const scheduler = await PostgresScheduler.open(db);
  const devices = versionedTable('notifier_devices', notifierProjection.version);
  const subscriptions = versionedTable('topic_subscriptions', topicSubscriptionsProjection.version);
  await knex.transaction(async (trx) => {
    await notifierProjection.setup(trx, (base) => versionedTable(base, notifierProjection.version));
    await topicSubscriptionsProjection.setup(trx, (base) =>
      versionedTable(base, topicSubscriptionsProjection.version),
    );
    await trx('projection_registry').insert([
      { projection: 'notifier', active_version: notifierProjection.version },
      { projection: 'topic_subscriptions', active_version: topicSubscriptionsProjection.version },
    ]);
  });
  await knex.raw(
    `insert into ${devices} (device_id, user_id, platform, push_token, active, position, locale, timezone)
     select gen_random_uuid(), gen_random_uuid(), 'android', 'token-' || n, true, n, 'en', 'UTC'
       from generate_series(1, ?) n`,
    [count],
  );
  await knex.raw(
    `insert into ${subscriptions} (device_id, topic, user_id, active, subscribed_at, position)
     select device_id, 'bench', user_id, true, now(), position from ${devices}`,
  );
  // A tenth of them also on `small`: the same fan-out over an audience ten times smaller.
  await knex.raw(
    `insert into ${subscriptions} (device_id, topic, user_id, active, subscribed_at, position)
     select device_id, 'small', user_id, true, now(), position from ${devices} where position % 10 = 0`,
  );
  await knex.raw(`analyze ${devices}; analyze ${subscriptions}`);
  const store = await PostgresEventStore.open(db);
  const snapshots = await PostgresSnapshotStore.open(db);
  const measure = async (topic: string, expected: number) => {
    const notificationId = randomUUID();
    const request: NotificationRequest = {
      notificationId,
      audience: { type: 'topic', topic },
      content: { type: 'text', title: 'Sale', body: 'Everything must go' },
      category: 'marketing',
      payload: {},
      data: {},
      silent: false,
      inbox: false,
      sender: { type: 'apiKey', apiKeyId: 'bench' },
    };
    await handleCommand({
      store,
      decider: notificationDecider,
      stream: `notification-${notificationId}`,
      command: (metadata) => ({
        type: 'RequestNotification' as const,
        data: request,
        metadata,
      }),
      context: { commandId: randomUUID(), correlationId: notificationId, now: new Date() },
    });
    const bus = countingBus();
    const deps = {
      store,
      snapshots,
      knex,
      bus,
      scheduler,
      catalog: defaultNotificationCatalog,
      pageSize: 500,
      clock: () => new Date(),
    };
    const heap = retainedHeap();
    await fanOutNotification({ ...deps, afterPublish: heap.sample }, notificationId);
    if (bus.count !== expected) throw new Error(`published ${bus.count} of ${expected}`);
    return heap.growthMb();
  };
  const small = await measure('small', count / 10);
  const large = await measure('bench', count);
  return [
    {
      benchmark: `Fan-out of a topic send to ${fmt(count)} devices in pages of 500: heap retained at the peak (after GC)`,
      result: `${fmt(large, 1)} MB`,
      baseline: `${fmt(small, 1)} MB (the same to ${fmt(count / 10)} devices)`,
      ratio: `${fmt(large / small, 2)}×`,
      goal: 'flat (≈1×): one page in memory, whatever the audience',
    },
  ];
}
