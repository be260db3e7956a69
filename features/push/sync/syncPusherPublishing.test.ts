import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { PostgresChangeSignal } from '../../../infra/changeSignal/index.js';
import type { PushNotification } from '../../../infra/push/index.js';
import { deviceRegistered } from '../../../test/support/eventFixtures.js';
import { SETTLE_MS, syncPushKit } from '../../../test/support/syncPushKit.js';
import { PUSH_REQUESTS_TOPIC } from '../notifier/index.js';

describe('SyncPusher (silent sync pushes) on PostgreSQL and its bus: publishing, the change signal', () => {
  const kit = syncPushKit();
  const { database, given, pushesSince, advance, aUser, published } = kit;

  it('when the bus refuses the publish, nothing is recorded as sent and the next round sends the same delivery key', async (ctx) => {
    if (!database.db) return ctx.skip();
    const { user, phone } = aUser();
    await given(deviceRegistered(phone, user));
    let refuse = true;
    const flaky = kit.newPusher({
      bus: {
        ...kit.bus,
        publish: async (topic, messages) => {
          await kit.bus.publish(topic, messages); // it reached the bus, then the process "crashed"
          if (refuse) throw new Error('crash before the commit');
        },
      },
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
    const listening = kit.newPusher({ changeSignal: signal, settleMs: 0 });
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
    const transactional = kit.newPusher({
      outbox: {
        publishWithin: async (trx, topic, messages) => {
          await kit.real.publishWithin(trx, topic, messages);
          if (fail) throw new Error('failed after publishing, before the commit');
        },
      },
      settleMs: 0,
    });
    transactional.note(user, 700);
    await expect(transactional.tick()).rejects.toThrow('before the commit');
    fail = false;
    expect(await transactional.tick()).toBe(1);
    const received: PushNotification[] = [];
    const consumer = await kit.real.consume(
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
      await kit.real.publish(PUSH_REQUESTS_TOPIC, [
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
});
