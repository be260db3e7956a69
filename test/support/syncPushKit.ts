import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { PostgresBus, type Bus, type BusMessage } from '../../infra/bus/index.js';
import type { PushNotification } from '../../infra/push/index.js';
import { createLogger } from '../../platform/observability/index.js';
import { versionedTable } from '../../projectors/runtime/index.js';
import { FeedPullLog } from '../../query-api/index.js';
import { PUSH_REQUESTS_TOPIC, notifierProjection } from '../../features/push/notifier/index.js';
import { SyncPusher, type SyncPusherDeps } from '../../features/push/sync/index.js';
import { recordEvents, type GivenEvent } from './projectionSpec.js';
import { readModelDatabase } from './readModelDatabase.js';

export const INTERVAL_S = 60;
export const SETTLE_MS = 3_000;

/**
 * What the sync push tests share, on a fresh Postgres database of the test file: the notifier's
 * devices table (filled by the real projection: `given`), the Postgres bus (`real`) and a bus in
 * front of it that records what was published (`pushesSince`), the query API's pull log, a clock
 * the test moves (`advance`) and a SyncPusher on all of them (`newPusher` makes more).
 */
export function syncPushKit() {
  const database = readModelDatabase([notifierProjection]);
  const published: BusMessage[] = [];
  let clock = Date.UTC(2026, 0, 1);
  const kit = {
    database,
    real: undefined as unknown as PostgresBus,
    bus: undefined as unknown as Bus,
    pulls: undefined as unknown as FeedPullLog,
    pusher: undefined as unknown as SyncPusher,
    published,
    advance: (ms: number) => void (clock += ms),
    /** A SyncPusher on the kit's database, bus and clock, with `overrides`. */
    newPusher: (overrides: Partial<SyncPusherDeps> = {}) =>
      new SyncPusher({
        knex: database.db!.knex,
        bus: kit.bus,
        intervalSeconds: INTERVAL_S,
        logger: createLogger({ level: 'silent' }),
        now: () => clock,
        settleMs: SETTLE_MS,
        tickMs: 0,
        ...overrides,
      }),
    /** Applies device events through the notifier projection (its real table), committed. */
    async given(...events: GivenEvent[]) {
      const knex = database.db!.knex;
      for (const event of recordEvents(events)) {
        await knex.transaction((trx) =>
          notifierProjection.handle(event, {
            trx,
            table: (base) => versionedTable(base, notifierProjection.version),
            publish: async () => undefined,
            announceChange: () => undefined,
          }),
        );
      }
    },
    /** Push requests published since `from` (an index into `published`). */
    pushesSince: (from: number) =>
      published
        .slice(from)
        .map((m) => ({ key: m.key, ...(JSON.parse(String(m.value)) as PushNotification) })),
    aUser: () => ({ user: randomUUID(), phone: randomUUID(), tablet: randomUUID() }),
  };
  beforeAll(async () => {
    const db = database.db;
    if (!db) return;
    const real = await PostgresBus.open(db);
    kit.real = real;
    kit.bus = {
      kind: real.kind,
      publish: async (topic, messages) => {
        await real.publish(topic, messages);
        if (topic === PUSH_REQUESTS_TOPIC) published.push(...messages);
      },
      consume: (options, handler) => real.consume(options, handler),
      consumeBatches: (options, handler, batch) => real.consumeBatches(options, handler, batch),
      close: () => real.close(),
    };
    kit.pulls = new FeedPullLog(db.knex, undefined, 60_000);
    await SyncPusher.ensureSchema(db.knex);
    kit.pusher = kit.newPusher();
    await kit.pusher.start();
  });
  afterAll(async () => {
    await kit.pusher?.stop();
    await kit.bus?.close();
  });
  return kit;
}
