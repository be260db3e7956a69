import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/support/freshDatabase.js';
import { PushSender } from '../sender/index.js';
import { forgetUserDeliveries } from './forgetUserDeliveries.js';

const ann = '00000000-0000-4000-8000-000000000001';
const bob = '00000000-0000-4000-8000-000000000002';
const device = '00000000-0000-4000-8000-0000000000d1';

describe('forgetUserDeliveries (erasure in the delivery ledger)', () => {
  const database = freshDatabase();

  it('does nothing before the ledger exists', async (ctx) => {
    const db = database.db;
    if (!db) return ctx.skip();
    await expect(forgetUserDeliveries(db.knex, ann)).resolves.toBeUndefined();
  });

  it("drops the user's id and kept notifications, ends their retries, and leaves others alone", async (ctx) => {
    const db = database.db;
    if (!db) return ctx.skip();
    await PushSender.ensureSchema(db.knex);
    const kept = JSON.stringify({ pushToken: 'secret-token', title: 'Hi Ann' });
    const row = (id: string, userId: string, status: string) => ({
      notification_id: id,
      device_id: device,
      provider: 'fcm',
      status,
      user_id: userId,
      notification: status === 'sent' ? null : kept,
      next_attempt_at: status === 'retrying' ? db.knex.raw(`now() + interval '1 minute'`) : null,
    });
    await db
      .knex('push_deliveries')
      .insert([
        row('a:1', ann, 'sent'),
        row('a:2', ann, 'retrying'),
        row('a:3', ann, 'failed'),
        row('b:1', bob, 'retrying'),
      ]);
    await forgetUserDeliveries(db.knex, ann);
    const rows = await db
      .knex('push_deliveries')
      .orderBy('notification_id')
      .select('notification_id', 'status', 'user_id', 'notification', 'next_attempt_at', 'detail');
    expect(rows.map((r) => [r.notification_id, r.status, r.user_id, r.notification === null])).toEqual([
      ['a:1', 'sent', null, true],
      ['a:2', 'failed', null, true],
      ['a:3', 'failed', null, true],
      ['b:1', 'retrying', bob, false],
    ]);
    expect(rows[1]).toMatchObject({ detail: 'user erased', next_attempt_at: null });
  });
});
