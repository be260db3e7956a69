import { describe, expect, it } from 'vitest';
import type { PushNotification } from '../../../infra/push/index.js';
import type { ScheduledPublish } from '../../../projectors/index.js';
import { PUSH_HELD_TOPIC } from '../notifier/index.js';
import { heldItems, type HeldPushes } from './holdPushes.js';

const push = (n: number) => ({ id: `n1:d${n}`, deviceId: `d${n}` }) as PushNotification;

describe('heldItems', () => {
  it('one scheduled publish per end of quiet hours and 100 pushes, keyed by notification, page and instant', () => {
    const seven = '2026-03-03T06:00:00.000Z';
    const eight = '2026-03-03T07:00:00.000Z';
    const held = [
      ...Array.from({ length: 250 }, (_, n) => ({ until: seven, push: push(n) })),
      { until: eight, push: push(999) },
    ];
    const items = heldItems('n1', 4, held);
    expect(items.map((i) => [i.key, i.dueAt.toISOString(), i.kind])).toEqual([
      [`push-held:n1:4:${seven}:0`, seven, 'bus.publish'],
      [`push-held:n1:4:${seven}:1`, seven, 'bus.publish'],
      [`push-held:n1:4:${seven}:2`, seven, 'bus.publish'],
      [`push-held:n1:4:${eight}:0`, eight, 'bus.publish'],
    ]);
    const groups = items.map((i) => {
      const payload = i.payload as ScheduledPublish;
      expect(payload.topic).toBe(PUSH_HELD_TOPIC);
      expect(payload.messages).toHaveLength(1);
      expect(payload.messages[0]!.key).toBe('n1');
      return JSON.parse(payload.messages[0]!.value) as HeldPushes;
    });
    expect(groups.map((g) => [g.key, g.pushes.length])).toEqual([
      [`push-held:n1:4:${seven}:0`, 100],
      [`push-held:n1:4:${seven}:1`, 100],
      [`push-held:n1:4:${seven}:2`, 50],
      [`push-held:n1:4:${eight}:0`, 1],
    ]);
    // Every push once; the same page again makes the same items.
    expect(new Set(groups.flatMap((g) => g.pushes.map((p) => p.id))).size).toBe(251);
    expect(heldItems('n1', 4, held)).toEqual(items);
    expect(heldItems('n1', 4, [])).toEqual([]);
  });
});
