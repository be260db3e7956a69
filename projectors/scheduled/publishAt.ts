import { z } from 'zod';
import type { Bus, Outbox } from '../../infra/bus/index.js';
import type { ScheduledHandler, Scheduler } from '../../infra/scheduler/index.js';

/** The kind of a scheduled bus publish. */
export const PUBLISH_KIND = 'bus.publish';
/** Header naming the scheduled item a message came from, for consumers to de-duplicate by. */
export const SCHEDULED_KEY_HEADER = 'x-scheduled-key';

const payloadSchema = z.object({
  topic: z.string().min(1),
  messages: z.array(
    z.object({ key: z.string(), value: z.string(), headers: z.record(z.string(), z.string()).optional() }),
  ),
});
export type ScheduledPublish = z.infer<typeof payloadSchema>;

/** Schedules `messages` to be published on `topic` at `dueAt`; false when `key` was scheduled before. */
export function publishAt(
  scheduler: Pick<Scheduler, 'schedule'>,
  item: { key: string; dueAt: Date } & ScheduledPublish,
): Promise<boolean> {
  const { key, dueAt, topic, messages } = item;
  return scheduler.schedule({ key, dueAt, kind: PUBLISH_KIND, payload: { topic, messages } });
}

/**
 * Publishes a scheduled message. With an outbox (the Postgres bus) it publishes inside the claim
 * transaction, so the messages exist exactly once; on Kafka a retry after a crash may publish again, and each
 * message carries the item's key in `x-scheduled-key` for consumers to de-duplicate.
 */
export function publishHandler(bus: Bus, outbox?: Outbox): ScheduledHandler {
  return async (item, { trx }) => {
    const { topic, messages } = payloadSchema.parse(item.payload);
    const tagged = messages.map((m) => ({
      ...m,
      headers: { ...m.headers, [SCHEDULED_KEY_HEADER]: item.key },
    }));
    if (outbox) await outbox.publishWithin(trx, topic, tagged);
    else await bus.publish(topic, tagged);
  };
}
