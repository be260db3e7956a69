import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PostgresBus, type Bus, type BusMessage } from '../../../infra/bus/index.js';
import { PostgresChangeSignal } from '../../../infra/changeSignal/index.js';
import type { PushNotification } from '../../../infra/push/index.js';
import { createLogger } from '../../../platform/observability/index.js';
import { versionedTable } from '../../../projectors/runtime/index.js';
import { FeedPullLog } from '../../../query-api/index.js';
import { at, deviceRegistered, userErased } from '../../../test/support/eventFixtures.js';
import { recordEvents, type GivenEvent } from '../../../test/support/projectionSpec.js';
import { readModelDatabase } from '../../../test/support/readModelDatabase.js';
import { notifierProjection } from '../notifier/index.js';
import { PUSH_REQUESTS_TOPIC } from '../notifier/index.js';
import { SyncPusher } from './SyncPusher.js';

const INTERVAL_S = 60;
const SETTLE_MS = 3_000;
const T0 = Date.UTC(2026, 0, 1);

describe('SyncPusher (silent sync pushes) on PostgreSQL and its bus', () => {
  const database = readModelDatabase([notifierProjection]);
  let bus: Bus;
  let real: PostgresBus;
  let pulls: FeedPullLog;
  const published: BusMessage[] = [];
  let clock = T0;
  let pusher: SyncPusher;

  beforeAll(async () => {
    const db = database.db;
    if (!db) return;
    real = await PostgresBus.open(db);
    // The real bus, and what was handed to it (in order).
    bus = {
      kind: real.kind,
      publish: async (topic, messages) => {
        await real.publish(topic, messages);
        if (topic === PUSH_REQUESTS_TOPIC) published.push(...messages);
      },
      consume: (options, handler) => real.consume(options, handler),
      close: () => real.close(),
    };
    pulls = new FeedPullLog(db.knex, undefined, 60_000);
    await SyncPusher.ensureSchema(db.knex);
    pusher = new SyncPusher({
      knex: db.knex,
      bus,
      intervalSeconds: INTERVAL_S,
      logger: createLogger({ level: 'silent' }),
      now: () => clock,
      settleMs: SETTLE_MS,
      tickMs: 0,
    });
    await pusher.start();
  });
  afterAll(async () => {
    await pusher?.stop();
    await bus?.close();
  });

  /** Applies device events through the notifier projection (its real table), committed. */
  async function given(...events: GivenEvent[]) {
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
  }
  /** Sync pushes published since `from` (an index into `published`). */
  const pushesSince = (from: number) =>
    published.slice(from).map((m) => ({ key: m.key, ...(JSON.parse(String(m.value)) as PushNotification) }));
  const advance = (ms: number) => void (clock += ms);
  const aUser = () => {
    const user = randomUUID();
    const phone = randomUUID();
    const tablet = randomUUID();
    return { user, phone, tablet };
  };

  it('when a feed changes twice within the interval, a device behind gets one silent push carrying the position, and another after the interval', async (ctx) => {
    if (!database.db) return ctx.skip();
    const { user, phone } = aUser();
    await given(deviceRegistered(phone, user, { pushToken: 'token-phone' }));
    const from = published.length;
    pusher.note(user, 100);
    expect(await pusher.tick()).toBe(0); // settling: an online device pulls first
    advance(SETTLE_MS);
    expect(await pusher.tick()).toBe(1);
    pusher.note(user, 105);
    advance(SETTLE_MS);
    expect(await pusher.tick()).toBe(0);
    advance(INTERVAL_S * 1000 - SETTLE_MS - 1);
    expect(await pusher.tick()).toBe(0);
    advance(1);
    expect(await pusher.tick()).toBe(1);
    const pushes = pushesSince(from);
    expect(pushes.map((p) => [p.key, p.deviceId, p.data])).toEqual([
      [phone, phone, { kind: 'sync', position: '100' }],
      [phone, phone, { kind: 'sync', position: '105' }],
    ]);
    expect(pushes[0]).toMatchObject({
      userId: user,
      platform: 'ios',
      pushToken: 'token-phone',
      kind: 'sync',
      title: '',
      body: '',
      silent: true,
      collapseKey: 'eventide-sync',
    });
    // One delivery key per device and interval window: the two differ.
    expect(new Set(pushes.map((p) => p.id)).size).toBe(2);
    // Nothing more is pending: no change since.
    advance(INTERVAL_S * 1000);
    expect(await pusher.tick()).toBe(0);
  });

  it('when the device pulls at or past the pending position, the pending push is cancelled; a pull behind it is not enough', async (ctx) => {
    if (!database.db) return ctx.skip();
    const { user, phone, tablet } = aUser();
    await given(deviceRegistered(phone, user), deviceRegistered(tablet, user));
    const from = published.length;
    pusher.note(user, 200);
    await pusher.tick();
    pulls.note(phone, user, 200);
    pulls.note(tablet, user, 199);
    await pulls.flush();
    advance(SETTLE_MS);
    expect(await pusher.tick()).toBe(1);
    expect(pushesSince(from).map((p) => [p.deviceId, p.data.position])).toEqual([[tablet, '200']]);

    // A trailing change within the tablet's interval is cancelled by its pull before it is due.
    pusher.note(user, 210);
    await pusher.tick();
    pulls.note(tablet, user, 215);
    pulls.note(phone, user, 215);
    await pulls.flush();
    advance(INTERVAL_S * 1000);
    expect(await pusher.tick()).toBe(0);
    expect(pushesSince(from)).toHaveLength(1);
  });

  it('when a device is up to date, removed, or has no push target, it gets nothing', async (ctx) => {
    if (!database.db) return ctx.skip();
    const { user, phone, tablet } = aUser();
    const laptop = randomUUID();
    const watch = randomUUID();
    await given(
      deviceRegistered(phone, user),
      deviceRegistered(tablet, user),
      deviceRegistered(laptop, user),
      deviceRegistered(watch, user, { pushToken: null }),
      { type: 'DeviceRemoved', data: { deviceId: tablet, userId: user, removedAt: at(5) } },
      {
        type: 'PushTargetInvalidated',
        data: { deviceId: laptop, userId: user, reason: 'Unregistered', at: at(6) },
      },
    );
    pulls.note(phone, user, 300);
    await pulls.flush();
    const from = published.length;
    pusher.note(user, 300);
    await pusher.tick();
    advance(SETTLE_MS);
    expect(await pusher.tick()).toBe(0);
    expect(pushesSince(from)).toEqual([]);
  });

  it('when a device is removed while its push is pending, it is forgotten and gets nothing', async (ctx) => {
    if (!database.db) return ctx.skip();
    const { user, phone } = aUser();
    await given(deviceRegistered(phone, user));
    pusher.note(user, 400);
    await pusher.tick();
    await given({ type: 'DeviceRemoved', data: { deviceId: phone, userId: user, removedAt: at(9) } });
    advance(SETTLE_MS);
    const from = published.length;
    expect(await pusher.tick()).toBe(0);
    expect(pushesSince(from)).toEqual([]);
    expect(await database.db.knex('push_sync_devices').where({ device_id: phone })).toEqual([]);
  });

  it('when the bus refuses the publish, nothing is recorded as sent and the next round sends the same delivery key', async (ctx) => {
    if (!database.db) return ctx.skip();
    const { user, phone } = aUser();
    await given(deviceRegistered(phone, user));
    let refuse = true;
    const flaky = new SyncPusher({
      knex: database.db.knex,
      bus: {
        ...bus,
        publish: async (topic, messages) => {
          await bus.publish(topic, messages); // it reached the bus, then the process "crashed"
          if (refuse) throw new Error('crash before the commit');
        },
      },
      intervalSeconds: INTERVAL_S,
      logger: createLogger({ level: 'silent' }),
      now: () => clock,
      settleMs: SETTLE_MS,
      tickMs: 0,
    });
    const from = published.length;
    flaky.note(user, 500);
    await flaky.tick();
    advance(SETTLE_MS);
    await expect(flaky.tick()).rejects.toThrow('crash before the commit');
    refuse = false;
    expect(await flaky.tick()).toBe(1);
    const pushes = pushesSince(from);
    expect(pushes).toHaveLength(2);
    expect(pushes[0]!.id).toBe(pushes[1]!.id);
  });

  it('when the projectors announce a change on the change signal, the worker learns of it and pushes', async (ctx) => {
    if (!database.db) return ctx.skip();
    const { user, phone } = aUser();
    await given(deviceRegistered(phone, user));
    const signal = new PostgresChangeSignal(database.db);
    const listening = new SyncPusher({
      knex: database.db.knex,
      bus,
      changeSignal: signal,
      intervalSeconds: INTERVAL_S,
      logger: createLogger({ level: 'silent' }),
      now: () => clock,
      settleMs: 0,
      tickMs: 0,
    });
    await listening.start();
    const from = published.length;
    try {
      await signal.publish([{ userId: user, position: 600 }]);
      // The announcement arrives over LISTEN/NOTIFY: round again until it has.
      await vi.waitFor(
        async () => {
          await listening.tick();
          expect(pushesSince(from)).toHaveLength(1);
        },
        { timeout: 10_000, interval: 50 },
      );
    } finally {
      await listening.stop();
    }
    expect(pushesSince(from).map((p) => [p.deviceId, p.data.position, p.silent])).toEqual([
      [phone, '600', true],
    ]);
  });

  it('when the bus has an outbox, the push is published in the transaction that records it: a consumer receives it once, and a failed round publishes nothing', async (ctx) => {
    if (!database.db) return ctx.skip();
    const { user, phone } = aUser();
    await given(deviceRegistered(phone, user));
    let fail = true;
    const transactional = new SyncPusher({
      knex: database.db.knex,
      bus,
      outbox: {
        publishWithin: async (trx, topic, messages) => {
          await real.publishWithin(trx, topic, messages);
          if (fail) throw new Error('failed after publishing, before the commit');
        },
      },
      intervalSeconds: INTERVAL_S,
      logger: createLogger({ level: 'silent' }),
      now: () => clock,
      settleMs: 0,
      tickMs: 0,
    });
    transactional.note(user, 700);
    await expect(transactional.tick()).rejects.toThrow('before the commit');
    fail = false;
    expect(await transactional.tick()).toBe(1);
    const received: PushNotification[] = [];
    const consumer = await real.consume(
      { group: `sync-${randomUUID()}`, topics: [PUSH_REQUESTS_TOPIC] },
      (m) => {
        const push = JSON.parse(m.value.toString()) as PushNotification;
        if (push.deviceId === phone) received.push(push);
        return Promise.resolve();
      },
    );
    try {
      await vi.waitFor(() => expect(received).toHaveLength(1), { timeout: 10_000, interval: 50 });
      // A message published after it, to this device: once it arrives, nothing more of the first can.
      await real.publish(PUSH_REQUESTS_TOPIC, [
        { key: phone, value: JSON.stringify({ deviceId: phone, kind: 'marker' }) },
      ]);
      await vi.waitFor(() => expect(received.map((p) => p.kind)).toEqual(['sync', 'marker']), {
        timeout: 10_000,
        interval: 50,
      });
    } finally {
      await consumer.stop();
    }
    expect(received[0]).toMatchObject({ data: { kind: 'sync', position: '700' }, silent: true });
  });

  it('when devices are removed or their user erased, a prune forgets their sync state and recorded pulls', async (ctx) => {
    if (!database.db) return ctx.skip();
    const knex = database.db.knex;
    const { user, phone, tablet } = aUser();
    const other = aUser();
    await given(
      deviceRegistered(phone, user),
      deviceRegistered(tablet, user),
      deviceRegistered(other.phone, other.user),
    );
    for (const [device, owner] of [
      [phone, user],
      [tablet, user],
      [other.phone, other.user],
    ] as const)
      pulls.note(device, owner, 800);
    await pulls.flush();
    pusher.note(user, 900);
    pusher.note(other.user, 900);
    await pusher.tick();
    advance(SETTLE_MS);
    expect(await pusher.tick()).toBe(3);
    await given({ type: 'DeviceRemoved', data: { deviceId: tablet, userId: user, removedAt: at(9) } });
    await given(userErased(other.user));
    await pusher.prune();
    const kept = async (table: string) =>
      (await knex(table).whereIn('device_id', [phone, tablet, other.phone]).pluck('device_id')) as string[];
    expect(await kept('push_sync_devices')).toEqual([phone]);
    expect(await kept('feed_pulls')).toEqual([phone]);
  });
});
