import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';
import { PostgresChangeSignal } from '../../../infra/changeSignal/index.js';
import { deviceRegistered } from '../../../test/support/eventFixtures.js';
import { SETTLE_MS, syncPushKit } from '../../../test/support/syncPushKit.js';

const QUIET_ROUND_MS = 30_000;

describe('SyncPusher on its own timer: an idle process does not query, and loses no push', () => {
  const kit = syncPushKit();
  const { database, given, pushesSince, advance, aUser, published } = kit;

  /** The statements the kit's database runs on the sync tables while `during` runs. */
  async function syncStatements(during: () => Promise<void>): Promise<string[]> {
    const seen: string[] = [];
    const listen = (query: { sql: string }) => {
      if (/push_sync_devices|projection_registry/.test(query.sql)) seen.push(query.sql);
    };
    database.db!.knex.on('query', listen);
    try {
      await during();
    } finally {
      database.db!.knex.removeListener('query', listen);
    }
    return seen;
  }

  /** A pusher that ticks every 20 ms and hears `signal`, started and past its first round. */
  async function timedPusher(signal: PostgresChangeSignal, settleMs: number) {
    const pusher = kit.newPusher({
      changeSignal: signal,
      settleMs,
      tickMs: 20,
      quietRoundMs: QUIET_ROUND_MS,
    });
    await pusher.start();
    await sleep(200);
    return pusher;
  }

  it('when nothing is pending and nothing announced, its rounds run no statement; an announcement wakes it, the push goes, and it is quiet again', async (ctx) => {
    if (!database.db) return ctx.skip();
    const { user, phone } = aUser();
    await given(deviceRegistered(phone, user));
    const signal = new PostgresChangeSignal(database.db);
    const pusher = await timedPusher(signal, 0);
    const from = published.length;
    try {
      // About 25 timer rounds: before, each ran five statements on these tables.
      expect(await syncStatements(() => sleep(500))).toEqual([]);

      await signal.publish([{ userId: user, position: 900 }]);
      await vi.waitFor(() => expect(pushesSince(from)).toHaveLength(1), { timeout: 10_000, interval: 20 });
      expect(pushesSince(from)[0]).toMatchObject({
        deviceId: phone,
        data: { kind: 'sync', position: '900' },
      });

      await sleep(200); // the round that sent it has seen nothing left pending
      expect(await syncStatements(() => sleep(300))).toEqual([]);
    } finally {
      await pusher.stop();
    }
  });

  /**
   * A quiet pusher on its timer, and a push that another process recorded without this one hearing
   * of it (no announcement), past its settling time.
   */
  async function dueFromAnotherProcess(position: number) {
    const { user, phone } = aUser();
    await given(deviceRegistered(phone, user));
    const signal = new PostgresChangeSignal(database.db!);
    const pusher = await timedPusher(signal, SETTLE_MS);
    const from = published.length;
    const other = kit.newPusher();
    other.note(user, position);
    await other.tick();
    advance(SETTLE_MS);
    await sleep(300);
    return { phone, signal, pusher, from };
  }

  it('when another process recorded a pending push this one did not hear of, a round runs within the quiet period and sends it', async (ctx) => {
    if (!database.db) return ctx.skip();
    const { phone, pusher, from } = await dueFromAnotherProcess(1000);
    try {
      expect(pushesSince(from)).toEqual([]); // due, but this process is quiet
      advance(QUIET_ROUND_MS);
      await vi.waitFor(() => expect(pushesSince(from)).toHaveLength(1), { timeout: 10_000, interval: 20 });
      expect(pushesSince(from)[0]).toMatchObject({ deviceId: phone, data: { position: '1000' } });
    } finally {
      await pusher.stop();
    }
  });

  it('when announcements are lost, it rounds again at once and sends what another process recorded', async (ctx) => {
    if (!database.db) return ctx.skip();
    const { phone, signal, pusher, from } = await dueFromAnotherProcess(1100);
    try {
      expect(pushesSince(from)).toEqual([]);
      await signal.publishLost();
      await vi.waitFor(() => expect(pushesSince(from)).toHaveLength(1), { timeout: 10_000, interval: 20 });
      expect(pushesSince(from)[0]).toMatchObject({ deviceId: phone, data: { position: '1100' } });
    } finally {
      await pusher.stop();
    }
  });
});
