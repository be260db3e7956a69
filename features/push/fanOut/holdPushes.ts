import type { ScheduleItem, Scheduler } from '../../../infra/scheduler/index.js';
import type { PushNotification } from '../../../infra/push/index.js';
import { PUBLISH_KIND, type ScheduledPublish } from '../../../projectors/index.js';
import { PUSH_HELD_TOPIC } from '../notifier/index.js';

/** Held pushes per scheduled message at most (a page of pushes can be large; a bus message should not). */
export const HELD_PUSHES_PER_MESSAGE = 100;

/** What a held group's message on PUSH_HELD_TOPIC carries. */
export interface HeldPushes {
  notificationId: string;
  /** The scheduled item's key: names the group (the release's command id derives from it). */
  key: string;
  pushes: PushNotification[];
  /** Pushes dropped while held because their user was erased (notifier/forgetHeldPushes.ts). */
  erased?: number;
}

/**
 * The scheduled items that hold a page's deferred pushes until their users' quiet hours end:
 * one per (end instant, chunk of HELD_PUSHES_PER_MESSAGE), a `bus.publish` of the group onto
 * PUSH_HELD_TOPIC at that instant. Keys derive from the notification, the page and the instant,
 * so a page published again (a crash, a race) schedules nothing new.
 */
export function heldItems(
  notificationId: string,
  page: number,
  held: readonly { until: string; push: PushNotification }[],
): ScheduleItem[] {
  const byUntil = new Map<string, PushNotification[]>();
  for (const { until, push } of held) {
    const group = byUntil.get(until) ?? [];
    group.push(push);
    byUntil.set(until, group);
  }
  const items: ScheduleItem[] = [];
  for (const [until, pushes] of byUntil) {
    for (let chunk = 0; chunk * HELD_PUSHES_PER_MESSAGE < pushes.length; chunk++) {
      const key = `push-held:${notificationId}:${page}:${until}:${chunk}`;
      const group: HeldPushes = {
        notificationId,
        key,
        pushes: pushes.slice(chunk * HELD_PUSHES_PER_MESSAGE, (chunk + 1) * HELD_PUSHES_PER_MESSAGE),
      };
      const payload: ScheduledPublish = {
        topic: PUSH_HELD_TOPIC,
        messages: [{ key: notificationId, value: JSON.stringify(group) }],
      };
      items.push({ key, dueAt: new Date(until), kind: PUBLISH_KIND, payload });
    }
  }
  return items;
}

/** Schedules a page's held pushes (see heldItems); nothing when there are none. */
export async function holdPushes(
  scheduler: Pick<Scheduler, 'scheduleMany'>,
  notificationId: string,
  page: number,
  held: readonly { until: string; push: PushNotification }[],
): Promise<void> {
  if (held.length > 0) await scheduler.scheduleMany(heldItems(notificationId, page, held));
}
