import type { BusConsumer } from '../../../infra/bus/index.js';
import type { Logger } from '../../../platform/observability/index.js';
import { PUSH_NOTIFICATIONS_TOPIC } from '../notifier/index.js';
import { fanOutNotification, type FanOutDeps } from './fanOutNotification.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Pages one message handles before handing the rest back to the bus (a bounded turn). */
export const PAGES_PER_TURN = 20;

/**
 * The fan-out worker: consumes PUSH_NOTIFICATIONS_TOPIC (a consumer group, so each request is one
 * worker's at a time) and sends each notification page by page (fanOutNotification). A turn
 * handles at most PAGES_PER_TURN pages, then publishes the notification id again and acknowledges:
 * no handler runs longer than a few pages (a broker's session timeout), and large sends take
 * turns with small ones. A crash redelivers the message; the stream says where to go on from.
 */
export class FanOutWorker {
  private consumer: BusConsumer | undefined;

  constructor(private readonly deps: FanOutDeps & { logger: Logger; pagesPerTurn?: number }) {}

  async start(group = 'push-fanout'): Promise<void> {
    this.consumer = await this.deps.bus.consume({ group, topics: [PUSH_NOTIFICATIONS_TOPIC] }, async (m) => {
      const id = m.value.toString();
      if (!UUID.test(id)) {
        this.deps.logger.warn({ value: id.slice(0, 100) }, 'push fan-out: not a notification id, skipped');
        return;
      }
      const status = await fanOutNotification(this.deps, id, this.deps.pagesPerTurn ?? PAGES_PER_TURN);
      if (status === 'requested')
        await this.deps.bus.publish(PUSH_NOTIFICATIONS_TOPIC, [{ key: id, value: id }]);
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.stop();
  }
}
