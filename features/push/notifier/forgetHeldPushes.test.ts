import { describe, expect, it } from 'vitest';
import type { PushNotification } from '../../../infra/push/index.js';
import { PostgresScheduler } from '../../../infra/scheduler/index.js';
import { freshDatabase } from '../../../test/support/freshDatabase.js';
import { heldItems } from '../fanOut/holdPushes.js';
import { forgetHeldPushes } from './forgetHeldPushes.js';

const ann = '00000000-0000-4000-8000-000000000001';
const bob = '00000000-0000-4000-8000-000000000002';
const notificationId = '00000000-0000-4000-8000-0000000000a1';
const push = (userId: string, n: number): PushNotification => ({
  id: `${notificationId}:${n}`,
  notificationId,
  deviceId: `00000000-0000-4000-8000-0000000000d${n}`,
  userId,
  platform: 'android',
  pushToken: `secret-token-${n}`,
  kind: 'marketing',
  title: `Hi ${userId === ann ? 'Ann' : 'Bob'}`,
  body: 'Today only',
  data: { notificationId },
});

describe('forgetHeldPushes (erasure in the scheduler)', () => {
  const database = freshDatabase();

  it('does nothing before the scheduler table exists', async (ctx) => {
    const db = database.db;
    if (!db) return ctx.skip();
    await expect(forgetHeldPushes(db.knex, ann)).resolves.toBeUndefined();
  });

  it("drops the user's held pushes from pending and released groups, counts them, and leaves others alone", async (ctx) => {
    const db = database.db;
    if (!db) return ctx.skip();
    const scheduler = await PostgresScheduler.open(db);
    const later = new Date(Date.now() + 3_600_000).toISOString();
    const earlier = new Date(Date.now() - 3_600_000).toISOString();
    await scheduler.scheduleMany([
      ...heldItems(notificationId, 1, [
        { until: later, push: push(ann, 1) },
        { until: later, push: push(bob, 2) },
        { until: earlier, push: push(ann, 3) },
      ]),
      ...heldItems(notificationId, 2, [{ until: later, push: push(bob, 4) }]),
    ]);
    await db.knex('scheduled_items').where('due_at', '<', new Date()).update({ status: 'done' });
    const before = await db.knex('scheduled_items').orderBy('key').select('key', 'payload', 'status');
    await forgetHeldPushes(db.knex, ann);
    const after = await db.knex('scheduled_items').orderBy('key').select('key', 'payload', 'status');
    expect(JSON.stringify(after)).not.toContain(ann);
    expect(JSON.stringify(after)).not.toContain('Hi Ann');
    expect(JSON.stringify(after)).not.toContain('secret-token-1');
    const groups = after.map((r: { payload: { messages: { value: string }[] } }) =>
      JSON.parse(r.payload.messages[0]!.value),
    ) as { pushes: PushNotification[]; erased?: number }[];
    expect(groups.map((g) => [g.pushes.map((p) => p.deviceId.slice(-2)), g.erased])).toEqual([
      [[], 1], // page 1, released an hour ago
      [['d2'], 1], // page 1, due in an hour
      [['d4'], undefined], // page 2: Bob's only
    ]);
    expect(after.map((r: { status: string }) => r.status)).toEqual(
      before.map((r: { status: string }) => r.status),
    );
    expect(after[2]).toEqual(before[2]);
    await scheduler.close();
  });
});
