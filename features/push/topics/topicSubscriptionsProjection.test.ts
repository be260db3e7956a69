import { describe, expect, it } from 'vitest';
import type { DeviceEvent } from '../../../domain/device/index.js';
import { at, userErased, uuid } from '../../../test/support/eventFixtures.js';
import { projectionSpec } from '../../../test/support/projectionSpec.js';
import { topicSubscriptionsProjection } from './topicSubscriptionsProjection.js';

const ann = uuid(1);
const phone = uuid(11);
const tablet = uuid(12);
const sub = (deviceId: string, topic: string, s: number, userId = ann): DeviceEvent => ({
  type: 'DeviceSubscribedToTopic',
  data: { deviceId, userId, topic, at: at(s) },
});
const unsub = (deviceId: string, topic: string, s: number): DeviceEvent => ({
  type: 'DeviceUnsubscribedFromTopic',
  data: { deviceId, userId: ann, topic, at: at(s) },
});

describe('topic subscriptions projection', () => {
  const spec = projectionSpec(topicSubscriptionsProjection);

  it('keeps one row per subscribed (device, topic)', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(
        sub(phone, 'news', 1),
        sub(phone, 'sports', 2),
        sub(tablet, 'news', 3),
        unsub(phone, 'sports', 4),
      )
      .inspect(async ({ rows }) => {
        const all = (await rows('topic_subscriptions')).map((r) => [r.device_id, r.topic, r.active]);
        expect(all.sort()).toEqual([
          [phone, 'news', true],
          [phone, 'sports', false],
          [tablet, 'news', true],
        ]);
      });
  });

  it('when a subscription is delivered again after the unsubscription, it stays gone', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const subscribed = { ...sub(phone, 'news', 1), id: uuid(90) };
    await spec
      .given(subscribed, unsub(phone, 'news', 2), subscribed)
      .thenRows('topic_subscriptions', [{ device_id: phone, active: false }]);
  });

  it('when a device is removed or its user erased, it leaves every topic', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(
        sub(phone, 'news', 1),
        sub(tablet, 'news', 2),
        sub(uuid(13), 'news', 3, uuid(2)),
        { type: 'DeviceRemoved', data: { deviceId: phone, userId: ann, removedAt: at(4) } },
        userErased(ann),
      )
      .thenRows('topic_subscriptions', [{ device_id: uuid(13), active: true }]);
  });
});
