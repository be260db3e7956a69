import { describe, expect, it } from 'vitest';
import type { ScheduledPublish } from '../../../projectors/index.js';
import { recordingBus, useFanOutBackend } from '../../../test/support/push/fanOutFixture.js';
import { keptScheduler } from '../../../test/support/push/keptScheduler.js';
import { PUSH_HELD_TOPIC } from '../notifier/index.js';
import { readNotificationStatus } from '../send/index.js';
import { fanOutNotification, releaseHeldPushes } from './index.js';

describe('quiet hours that defer, through the fan-out, on Postgres', () => {
  const { cancel, ann, request, deps, store, knex, setPreferences, pagesOf, keys, annKeys } =
    useFanOutBackend();
  // 00:30 in Paris, inside Ann's quiet hours (22:00–07:00): they end at 07:00 CET, 06:00 UTC.
  const night = () => new Date('2026-03-02T23:30:00.000Z');
  const statistics = async (id: string) => (await readNotificationStatus(knex(), id))?.statistics;

  /** Fans a notification out at night: Ann's five pushes held, none handed over. */
  const fanOutAtNight = async () => {
    await setPreferences(ann(), {
      timezone: 'Europe/Paris',
      quietHours: { start: '22:00', end: '07:00' },
      categories: {},
    });
    const id = await request();
    const bus = recordingBus();
    const scheduler = keptScheduler();
    const outcome = await fanOutNotification(deps(bus, { scheduler, clock: night }), id);
    expect(outcome.status).toBe('sent');
    expect(bus.pushes).toEqual([]);
    const items = [...scheduler.items.values()];
    expect(new Set(items.map((i) => i.dueAt.toISOString()))).toEqual(new Set(['2026-03-03T06:00:00.000Z']));
    const messages = items.flatMap((i) => {
      const payload = i.payload as ScheduledPublish;
      expect(payload.topic).toBe(PUSH_HELD_TOPIC);
      return payload.messages.map((m) => m.value);
    });
    return { id, messages };
  };

  it('holds the deferred pushes until the end of quiet hours, counted deferred, then handed over', async () => {
    const { id, messages } = await fanOutAtNight();
    expect((await pagesOf(id)).reduce((n, p) => n + (p.suppressed.deferred ?? 0), 0)).toBe(5);
    await expect
      .poll(() => statistics(id), { timeout: 15_000 })
      .toMatchObject({ targeted: 7, handedOver: 0, suppressed: { muted: 2, deferred: 5 } });
    // The scheduler publishes each held group when due; the fan-out worker releases it.
    const released = recordingBus();
    const releaseDeps = { store: store(), bus: released, clock: () => new Date() };
    for (const value of messages) expect(await releaseHeldPushes(releaseDeps, value)).toBe('released');
    expect(keys(released.pushes)).toEqual(annKeys(id));
    // Released twice (a redelivery): the same delivery keys for the ledger, recorded once.
    await releaseHeldPushes(releaseDeps, messages[0]!);
    const releases = (await store().readStream(`notification-${id}`)).filter(
      (e) => e.type === 'NotificationHeldReleased',
    );
    expect(releases).toHaveLength(messages.length);
    await expect
      .poll(() => statistics(id), { timeout: 15_000 })
      .toMatchObject({ targeted: 7, handedOver: 5, suppressed: { muted: 2 } });
    expect((await statistics(id))?.suppressed.deferred).toBeUndefined();
  });

  it('a notification sent to everyone but with pushes held can be cancelled, and its held pushes are not sent', async () => {
    const { id, messages } = await fanOutAtNight();
    await cancel(id);
    const released = recordingBus();
    for (const value of messages)
      expect(await releaseHeldPushes({ store: store(), bus: released, clock: () => new Date() }, value)).toBe(
        'cancelled',
      );
    expect(released.pushes).toEqual([]);
    await expect
      .poll(() => readNotificationStatus(knex(), id), { timeout: 15_000 })
      .toMatchObject({ status: 'cancelled', statistics: { handedOver: 0, suppressed: { deferred: 5 } } });
  });
});
