import { describe, expect, it } from 'vitest';
import { recordingBus, useFanOutBackend, workerBusOf } from '../../../test/support/push/fanOutFixture.js';
import { readNotificationStatus } from '../send/index.js';
import { PushSender } from '../sender/index.js';
import { FanOutWorker } from './FanOutWorker.js';
import { fanOutNotification } from './index.js';

describe('the fan-out worker and the statistics, on Postgres', () => {
  const { knex, ann, annDevices, request, deps, pagesOf, keys, annKeys } = useFanOutBackend();

  it('the worker hands a long send back to the bus after its turn, and skips what is no notification id', async () => {
    const id = await request({ audience: { type: 'users', userIds: [ann().userId] } });
    const bus = recordingBus();
    const { workerBus, requeued, handler } = workerBusOf(bus);
    const logged: unknown[] = [];
    const worker = new FanOutWorker({
      ...deps(workerBus),
      pagesPerTurn: 1,
      logger: { warn: (o: unknown) => logged.push(o) } as never,
    });
    await worker.start();
    await handler()({ value: Buffer.from('not-an-id') });
    expect(logged).toHaveLength(1);
    for (let turn = 0; turn < 3; turn++) await handler()({ value: Buffer.from(id) });
    // Three pages (2 + 2 + 1 devices), one a turn: handed back after the first two, done at the third.
    expect(requeued).toEqual([id, id]);
    expect((await pagesOf(id)).map((p) => p.page)).toEqual([0, 1, 2]);
    expect(keys(bus.pushes)).toEqual(annKeys(id));
    await worker.stop();
  });

  it("the statistics add the fan-out's counts and the ledger's outcomes", async () => {
    const db = knex();
    await PushSender.ensureSchema(db);
    const id = await request();
    await fanOutNotification(deps(recordingBus()), id);
    const row = (deviceId: string, status: string, detail: string | null = null) => ({
      notification_id: `${id}:${deviceId}`,
      request_id: id,
      device_id: deviceId,
      user_id: ann().userId,
      provider: 'fcm',
      status,
      detail,
    });
    await db('push_deliveries').insert([
      row(annDevices[0]!, 'sent'),
      row(annDevices[1]!, 'sent'),
      row(annDevices[2]!, 'invalid_token'),
      row(annDevices[3]!, 'failed', 'INVALID_ARGUMENT'),
      row(annDevices[4]!, 'retrying', '503'),
    ]);
    await expect
      .poll(async () => (await readNotificationStatus(db, id))?.status, { timeout: 15_000 })
      .toBe('sent');
    expect(
      await readNotificationStatus(db, id, () => Promise.resolve({ received: 2, opened: 1 })),
    ).toMatchObject({
      statistics: {
        targeted: 7,
        suppressed: { muted: 2 },
        handedOver: 5,
        sent: 2,
        pending: 1,
        failed: { INVALID_ARGUMENT: 1 },
        invalidTokens: 1,
        received: 2,
        opened: 1,
      },
    });
  });
});
