import { describe, it } from 'vitest';
import type { NotificationEvent, NotificationRequest } from '../../../domain/notification/index.js';
import { uuid } from '../../../test/support/eventFixtures.js';
import { projectionSpec } from '../../../test/support/projectionSpec.js';
import { PUSH_NOTIFICATIONS_TOPIC } from '../notifier/index.js';
import { notificationsProjection } from './notificationsProjection.js';

const id = uuid(1);
const at = '2026-01-01T00:00:00.000Z';
const request: NotificationRequest = {
  notificationId: id,
  audience: { type: 'topic', topic: 'news' },
  content: { type: 'text', title: 'Hi', body: 'There' },
  category: 'news',
  payload: {},
  data: {},
  silent: false,
  inbox: true,
  sender: { type: 'apiKey', apiKeyId: uuid(9) },
};
const stream = `notification-${id}`;
const requested: NotificationEvent & { streamName: string } = {
  type: 'NotificationRequested',
  data: { ...request, at },
  streamName: stream,
};
const page = (n: number, after: string | null, devices: number, suppressed: Record<string, number>) => ({
  type: 'NotificationFannedOut' as const,
  data: { notificationId: id, page: n, after, userIds: [], devices, suppressed, at },
  streamName: stream,
});

describe('notifications projection', () => {
  const spec = projectionSpec(notificationsProjection);

  it('when requested, it should keep the status and publish the id for the fan-out, once even if replayed', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(requested)
      .thenRows('push_notifications', [{ notification_id: id, status: 'requested', pages: 0 }]);
    await spec.given(requested, requested).thenPublished(PUSH_NOTIFICATIONS_TOPIC, [{ key: id, value: id }]);
  });

  it('when pages are recorded, it should add up devices and suppressed counts and end sent', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const first = page(0, uuid(5), 3, { muted: 1 });
    await spec
      .given(requested, first)
      .thenRows('push_notifications', [{ status: 'sending', pages: 1, devices: 3 }]);
    await spec
      .given(requested, first, first, page(1, null, 2, { muted: 2, quiet_hours: 1 }))
      .thenRows('push_notifications', [
        { status: 'sent', pages: 2, devices: 5, suppressed: { muted: 3, quiet_hours: 1 } },
      ]);
  });

  it('when cancelled, it should say so', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(requested, page(0, uuid(5), 3, {}), {
        type: 'NotificationCancelled',
        data: { notificationId: id, at },
        streamName: stream,
      })
      .thenRows('push_notifications', [{ status: 'cancelled', devices: 3 }]);
  });

  it('when held pushes are released, it should move them from deferred to handed over; a cancel after the last page says cancelled', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const release = (key: string, devices: number) => ({
      type: 'NotificationHeldReleased' as const,
      data: { notificationId: id, key, devices, at },
      streamName: stream,
    });
    const last = page(0, null, 3, { deferred: 4, muted: 1 });
    await spec
      .given(requested, last, release('a', 3))
      .thenRows('push_notifications', [
        { status: 'sent', devices: 6, suppressed: { deferred: 1, muted: 1 } },
      ]);
    await spec
      .given(requested, last, release('a', 3), release('b', 1))
      .thenRows('push_notifications', [{ status: 'sent', devices: 7, suppressed: { muted: 1 } }]);
    await spec
      .given(requested, last, release('a', 3), {
        type: 'NotificationCancelled',
        data: { notificationId: id, at },
        streamName: stream,
      })
      .thenRows('push_notifications', [{ status: 'cancelled', devices: 6, suppressed: { deferred: 1 } }]);
  });
});
