import type { ScheduledItem, ScheduleItem } from '../../../infra/scheduler/index.js';

/** A scheduler that keeps what is scheduled, by key (nothing fires: the test plays the wake-ups). */
export function keptScheduler() {
  const items = new Map<string, ScheduledItem>();
  const schedule = (item: ScheduleItem) => {
    if (items.has(item.key)) return Promise.resolve(false);
    items.set(item.key, { ...item, status: 'pending', attempts: 0, lastError: null });
    return Promise.resolve(true);
  };
  return {
    items,
    schedule,
    scheduleMany: async (all: readonly ScheduleItem[]) => {
      let n = 0;
      for (const item of all) if (await schedule(item)) n++;
      return n;
    },
    get: (key: string) => Promise.resolve(items.get(key)),
  };
}
