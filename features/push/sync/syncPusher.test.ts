import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { at, deviceRegistered, userErased } from '../../../test/support/eventFixtures.js';
import { INTERVAL_S, SETTLE_MS, syncPushKit } from '../../../test/support/syncPushKit.js';

describe('SyncPusher (silent sync pushes) on PostgreSQL: coalescing, cancelling, who gets one', () => {
  const kit = syncPushKit();
  const { database, given, pushesSince, advance, aUser, published } = kit;

  it('when a feed changes twice within the interval, a device behind gets one silent push carrying the position, and another after the interval', async (ctx) => {
    if (!database.db) return ctx.skip();
    const { user, phone } = aUser();
    await given(deviceRegistered(phone, user, { pushToken: 'token-phone' }));
    const from = published.length;
    kit.pusher.note(user, 100);
    expect(await kit.pusher.tick()).toBe(0); // settling: an online device pulls first
    advance(SETTLE_MS);
    expect(await kit.pusher.tick()).toBe(1);
    kit.pusher.note(user, 105);
    advance(SETTLE_MS);
    expect(await kit.pusher.tick()).toBe(0);
    advance(INTERVAL_S * 1000 - SETTLE_MS - 1);
    expect(await kit.pusher.tick()).toBe(0);
    advance(1);
    expect(await kit.pusher.tick()).toBe(1);
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
    expect(await kit.pusher.tick()).toBe(0);
  });

  it('when the device pulls at or past the pending position, the pending push is cancelled; a pull behind it is not enough', async (ctx) => {
    if (!database.db) return ctx.skip();
    const { user, phone, tablet } = aUser();
    await given(deviceRegistered(phone, user), deviceRegistered(tablet, user));
    const from = published.length;
    kit.pusher.note(user, 200);
    await kit.pusher.tick();
    kit.pulls.note(phone, user, 200);
    kit.pulls.note(tablet, user, 199);
    await kit.pulls.flush();
    advance(SETTLE_MS);
    expect(await kit.pusher.tick()).toBe(1);
    expect(pushesSince(from).map((p) => [p.deviceId, p.data.position])).toEqual([[tablet, '200']]);

    // A trailing change within the tablet's interval is cancelled by its pull before it is due.
    kit.pusher.note(user, 210);
    await kit.pusher.tick();
    kit.pulls.note(tablet, user, 215);
    kit.pulls.note(phone, user, 215);
    await kit.pulls.flush();
    advance(INTERVAL_S * 1000);
    expect(await kit.pusher.tick()).toBe(0);
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
    kit.pulls.note(phone, user, 300);
    await kit.pulls.flush();
    const from = published.length;
    kit.pusher.note(user, 300);
    await kit.pusher.tick();
    advance(SETTLE_MS);
    expect(await kit.pusher.tick()).toBe(0);
    expect(pushesSince(from)).toEqual([]);
  });

  it('when a device is removed while its push is pending, it is forgotten and gets nothing', async (ctx) => {
    if (!database.db) return ctx.skip();
    const { user, phone } = aUser();
    await given(deviceRegistered(phone, user));
    kit.pusher.note(user, 400);
    await kit.pusher.tick();
    await given({ type: 'DeviceRemoved', data: { deviceId: phone, userId: user, removedAt: at(9) } });
    advance(SETTLE_MS);
    const from = published.length;
    expect(await kit.pusher.tick()).toBe(0);
    expect(pushesSince(from)).toEqual([]);
    expect(await database.db.knex('push_sync_devices').where({ device_id: phone })).toEqual([]);
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
      kit.pulls.note(device, owner, 800);
    await kit.pulls.flush();
    kit.pusher.note(user, 900);
    kit.pusher.note(other.user, 900);
    await kit.pusher.tick();
    advance(SETTLE_MS);
    expect(await kit.pusher.tick()).toBe(3);
    await given({ type: 'DeviceRemoved', data: { deviceId: tablet, userId: user, removedAt: at(9) } });
    await given(userErased(other.user));
    await kit.pusher.prune();
    const kept = async (table: string) =>
      (await knex(table).whereIn('device_id', [phone, tablet, other.phone]).pluck('device_id')) as string[];
    expect(await kept('push_sync_devices')).toEqual([phone]);
    expect(await kept('feed_pulls')).toEqual([phone]);
  });
});
