import { describe, expect, it } from 'vitest';
import { recordingBus, useFanOutBackend, workerBusOf } from '../../../test/support/push/fanOutFixture.js';
import { keptScheduler } from '../../../test/support/push/keptScheduler.js';
import { PUSH_NOTIFICATIONS_TOPIC } from '../notifier/index.js';
import { FanOutWorker } from './FanOutWorker.js';

describe('a throttled notification, through the fan-out worker, on Postgres', () => {
  const { ann, request, deps, store, keys, annKeys } = useFanOutBackend();

  it('hands a page over a minute, waking through the scheduler, never on the bus, from the recorded page times', async () => {
    // Two a minute with pages of 2: pages of 2 devices, 60 s apart. Ann has 5 devices: 3 pages.
    const id = await request({
      audience: { type: 'users', userIds: [ann().userId], throttlePerMinute: 2 },
    });
    const bus = recordingBus();
    const { workerBus, requeued, handler } = workerBusOf(bus);
    let now = Date.parse('2026-03-02T10:00:00.000Z');
    const scheduler = keptScheduler();
    const worker = new FanOutWorker({
      ...deps(workerBus),
      scheduler,
      clock: () => new Date(now),
      logger: { warn: () => undefined, info: () => undefined } as never,
    });
    await worker.start();
    const wake = () => handler()({ value: Buffer.from(id), key: id });
    const pageTimes = async () =>
      (await store().readStream(`notification-${id}`))
        .filter((e) => e.type === 'NotificationFannedOut')
        .map((e) => Date.parse((e.data as { at: string }).at));
    const wakeUps = () => [...scheduler.items.values()].map((i) => i.dueAt.getTime() - now);

    await wake();
    expect(bus.pushes).toHaveLength(2);
    expect(await pageTimes()).toEqual([now]);
    // The next page is not due: one wake-up scheduled a minute on, nothing put back on the bus.
    expect(wakeUps()).toEqual([60_000]);
    expect(scheduler.items.values().next().value).toMatchObject({
      kind: 'bus.publish',
      payload: { topic: PUSH_NOTIFICATIONS_TOPIC, messages: [{ key: id, value: id }] },
    });
    // A duplicate delivery (a second worker, a redelivery) hands nothing over and schedules nothing new.
    now += 59_999;
    await wake();
    expect(bus.pushes).toHaveLength(2);
    expect(scheduler.items.size).toBe(1);

    now += 1;
    await wake();
    expect(bus.pushes).toHaveLength(4);
    now += 60_000;
    await wake();
    expect(keys(bus.pushes)).toEqual(annKeys(id));
    const times = await pageTimes();
    expect(times).toHaveLength(3);
    for (let n = 1; n < times.length; n++) expect(times[n]! - times[n - 1]!).toBeGreaterThanOrEqual(60_000);
    // Done: no wake-up after the last page, and never a turn put back on the bus.
    expect(scheduler.items.size).toBe(2);
    expect(requeued).toEqual([]);
    await worker.stop();
  });

  it('a wake-up that fired before this clock reached it schedules another one, a second later', async () => {
    const id = await request({
      audience: { type: 'users', userIds: [ann().userId], throttlePerMinute: 2 },
    });
    let now = Date.parse('2026-03-02T11:00:00.000Z');
    const scheduler = keptScheduler();
    const worker = new FanOutWorker({
      ...deps(recordingBus()),
      scheduler,
      clock: () => new Date(now),
      logger: {} as never,
    });
    await worker.turn(id);
    const [first] = [...scheduler.items.values()];
    // The database's clock is ahead: the item fired, and this worker still finds the page not due.
    scheduler.items.set(first!.key, { ...first!, status: 'done' });
    now += 59_000;
    await worker.turn(id);
    expect([...scheduler.items.values()].map((i) => [i.status, i.dueAt.getTime() - now])).toEqual([
      ['done', 1_000],
      ['pending', 2_000],
    ]);
  });
});
