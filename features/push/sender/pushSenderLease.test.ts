import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresBus } from '../../../infra/bus/index.js';
import type { Database } from '../../../infra/postgres/index.js';
import type { PushProvider } from '../../../infra/push/index.js';
import { aNotification } from '../../../infra/push/pushProviderContract.js';
import { createLogger, createMetrics } from '../../../platform/observability/index.js';
import { templatedPglite } from '../../../test/support/pgliteTemplate.js';
import { PUSH_REQUESTS_TOPIC } from '../notifier/index.js';
import { DEFAULT_DELIVERY_LEASE_MS } from './deliverOnce.js';
import { PushSender } from './PushSender.js';

/** PUSH_DELIVERY_LEASE_MS reaches the claim: how long a crashed sender's key waits for another. */
describe('PushSender: the claim lease', () => {
  let db: Database;
  let bus: PostgresBus;
  beforeAll(async () => {
    db = await templatedPglite();
    await PushSender.ensureSchema(db.knex);
    bus = await PostgresBus.open(db, { pollMs: 50 });
  }, 60_000);
  afterAll(async () => {
    await bus?.close();
    await db?.close();
  });

  it('when a sender is given a lease, a key it is sending should be claimed for that long, not the default', async () => {
    let release = () => undefined as void;
    const provider: PushProvider = {
      name: 'held',
      send: () => new Promise((resolve) => (release = () => resolve({ status: 'sent', providerId: 'p' }))),
    };
    const leaseMs = 4_000;
    const sender = new PushSender({
      bus,
      knex: db.knex,
      provider,
      logger: createLogger({ level: 'silent' }),
      metrics: createMetrics(),
      leaseMs,
    });
    await sender.start();
    const n = aNotification({ platform: 'android', pushToken: 'held-token' });
    try {
      await bus.publish(PUSH_REQUESTS_TOPIC, [{ key: n.deviceId, value: JSON.stringify(n) }]);
      const claim = () =>
        db
          .knex('push_deliveries')
          .where({ notification_id: n.id, status: 'sending' })
          .first<{ left_ms: number } | undefined>(
            db.knex.raw('extract(epoch from claimed_until - now()) * 1000 as left_ms'),
          );
      await expect.poll(claim, { timeout: 10_000 }).toBeDefined();
      const left = Number((await claim())!.left_ms);
      expect(left).toBeGreaterThan(0);
      expect(left).toBeLessThanOrEqual(leaseMs);
      expect(leaseMs).toBeLessThan(DEFAULT_DELIVERY_LEASE_MS);
    } finally {
      release();
      await sender.stop();
    }
  });

  it('when a batch holds a key another sender has leased, the others should be sent at once and that key once its lease is over', async () => {
    const calls: string[] = [];
    const provider: PushProvider = {
      name: 'counting',
      send: (n) => {
        calls.push(n.id);
        return Promise.resolve({ status: 'sent', providerId: `p-${n.id}` });
      },
    };
    const sender = new PushSender({
      bus,
      knex: db.knex,
      provider,
      logger: createLogger({ level: 'silent' }),
      metrics: createMetrics(),
    });
    const [free, held] = [aNotification({ platform: 'android' }), aNotification({ platform: 'android' })];
    // Another sender claimed `held` and died: its lease runs out in a moment.
    await db.knex('push_deliveries').insert({
      notification_id: held.id,
      device_id: held.deviceId,
      user_id: held.userId,
      provider: 'counting',
      status: 'sending',
      claimed_until: db.knex.raw(`now() + interval '1500 milliseconds'`),
    });
    await sender.start('lease-batch');
    try {
      await bus.publish(PUSH_REQUESTS_TOPIC, [
        { key: 'same-device', value: JSON.stringify(free) },
        { key: 'same-device', value: JSON.stringify(held) },
      ]);
      await expect.poll(() => calls, { timeout: 10_000 }).toContain(free.id);
      await expect.poll(() => calls, { timeout: 20_000 }).toContain(held.id);
      const rows = await db
        .knex('push_deliveries')
        .whereIn('notification_id', [free.id, held.id])
        .select<{ status: string }[]>('status');
      expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
      // The batch came again for `held`: `free` was a duplicate then, not sent twice.
      expect(calls.filter((id) => id === free.id)).toHaveLength(1);
      expect(calls.filter((id) => id === held.id)).toHaveLength(1);
    } finally {
      await sender.stop();
    }
  });
});
