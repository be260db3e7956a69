import type { BusConsumer } from '../../../infra/bus/index.js';
import type { Scheduler } from '../../../infra/scheduler/index.js';
import type { Logger } from '../../../platform/observability/index.js';
import { publishAt } from '../../../projectors/index.js';
import { PUSH_HELD_TOPIC, PUSH_NOTIFICATIONS_TOPIC } from '../notifier/index.js';
import { fanOutNotification, type FanOutDeps } from './fanOutNotification.js';
import { releaseHeldPushes } from './releaseHeldPushes.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Pages one message handles before handing the rest back to the bus (a bounded turn). */
export const PAGES_PER_TURN = 20;

/** How long after a wake-up that came early (clocks apart) the fan-out looks again. */
const EARLY_WAKE_RETRY_MS = 1_000;

export type FanOutWorkerDeps = FanOutDeps & {
  scheduler: Pick<Scheduler, 'schedule' | 'scheduleMany' | 'get'>;
  logger: Logger;
  pagesPerTurn?: number;
};

/**
 * The fan-out worker: consumes PUSH_NOTIFICATIONS_TOPIC (a consumer group, so each request is one
 * worker's at a time) and sends each notification page by page (fanOutNotification). A turn
 * handles at most PAGES_PER_TURN pages, then publishes the notification id again and acknowledges:
 * no handler runs longer than a few pages (a broker's session timeout), and large sends take
 * turns with small ones. A crash redelivers the message; the stream says where to go on from.
 *
 * A throttled notification whose next page may not go yet is not waited for: the worker
 * schedules the id's publish for then (`publishAt`, a key derived from the notification, the page
 * and the instant, so two workers schedule one wake-up) and acknowledges. It also consumes
 * PUSH_HELD_TOPIC: pushes held for the end of quiet hours, handed to the sender unless their
 * notification was cancelled (releaseHeldPushes).
 */
export class FanOutWorker {
  private readonly consumers: BusConsumer[] = [];

  constructor(private readonly deps: FanOutWorkerDeps) {}

  async start(group = 'push-fanout'): Promise<void> {
    this.consumers.push(
      await this.deps.bus.consume({ group, topics: [PUSH_NOTIFICATIONS_TOPIC] }, async (m) => {
        const id = m.value.toString();
        if (!UUID.test(id)) {
          this.deps.logger.warn({ value: id.slice(0, 100) }, 'push fan-out: not a notification id, skipped');
          return;
        }
        await this.turn(id);
      }),
    );
    this.consumers.push(
      await this.deps.bus.consume({ group: `${group}-held`, topics: [PUSH_HELD_TOPIC] }, async (m) => {
        const outcome = await releaseHeldPushes(this.deps, m.value.toString());
        if (outcome === 'invalid')
          this.deps.logger.warn({ topic: PUSH_HELD_TOPIC }, 'push fan-out: not a held group, skipped');
        else if (outcome === 'cancelled')
          this.deps.logger.info(
            { key: m.key },
            'push fan-out: held pushes of a cancelled notification dropped',
          );
      }),
    );
  }

  /** One turn of a notification: its pages, then the next turn on the bus or on the scheduler. */
  async turn(id: string): Promise<void> {
    const outcome = await fanOutNotification(this.deps, id, this.deps.pagesPerTurn ?? PAGES_PER_TURN);
    if (outcome.resumeAt) {
      const key = `push-fanout:${id}:${outcome.page}:${outcome.resumeAt.getTime()}`;
      const wake = { topic: PUSH_NOTIFICATIONS_TOPIC, messages: [{ key: id, value: id }] };
      if (await publishAt(this.deps.scheduler, { key, dueAt: outcome.resumeAt, ...wake })) return;
      // Scheduled before: pending (a second worker's), or fired before this clock reached it.
      if ((await this.deps.scheduler.get(key))?.status === 'pending') return;
      const now = this.deps.clock().getTime();
      await publishAt(this.deps.scheduler, {
        key: `${key}:${now}`,
        dueAt: new Date(Math.max(now, outcome.resumeAt.getTime()) + EARLY_WAKE_RETRY_MS),
        ...wake,
      });
    } else if (outcome.status === 'requested')
      await this.deps.bus.publish(PUSH_NOTIFICATIONS_TOPIC, [{ key: id, value: id }]);
  }

  async stop(): Promise<void> {
    for (const consumer of this.consumers.splice(0)) await consumer.stop();
  }
}
