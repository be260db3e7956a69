import type { Knex } from 'knex';
import type { Bus, BusConsumer, ReceivedMessage } from '../../infra/bus/index.js';
import { withSchemaLock } from '../../infra/postgres/index.js';
import type { PushNotification, PushProvider } from '../../infra/push/index.js';
import { contextFrom, inSpan, type Logger, type Metrics } from '../../platform/observability/index.js';
import { context } from '@opentelemetry/api';
import { PUSH_REQUESTS_TOPIC } from '../notifier/index.js';

/**
 * Consumes push requests and hands each to the provider once: the delivery row
 * (`push_deliveries`, keyed by notification id) and the provider's record commit together, so a
 * message redelivered after a crash or a broker restart is recognised and not sent again.
 */
export class PushSender {
  private consumer: BusConsumer | undefined;

  constructor(
    private readonly deps: { bus: Bus; knex: Knex; provider: PushProvider; logger: Logger; metrics: Metrics },
  ) {}

  static async ensureSchema(knex: Knex): Promise<void> {
    await withSchemaLock(knex, 'push-deliveries', (trx) =>
      trx.raw(`create table if not exists push_deliveries (
      notification_id text primary key, device_id uuid not null, provider text not null, status text not null,
      detail text, delivered_at timestamptz not null default now())`),
    );
  }

  async start(group = 'push-sender'): Promise<void> {
    this.consumer = await this.deps.bus.consume({ group, topics: [PUSH_REQUESTS_TOPIC] }, (m) =>
      this.handle(m),
    );
  }

  async stop(): Promise<void> {
    await this.consumer?.stop();
  }

  private handle(message: ReceivedMessage): Promise<void> {
    return context.with(contextFrom(message.headers.traceparent), () =>
      inSpan('push.send', { 'push.device': message.key }, async () => {
        const notification = JSON.parse(message.value.toString()) as PushNotification;
        const { knex, provider, metrics, logger } = this.deps;
        await knex.transaction(async (trx) => {
          const claimed = await trx('push_deliveries')
            .insert({
              notification_id: notification.id,
              device_id: notification.deviceId,
              provider: provider.name,
              status: 'sending',
            })
            .onConflict('notification_id')
            .ignore()
            .returning('notification_id');
          if (claimed.length === 0) {
            metrics.pushDeliveries.inc({ provider: provider.name, outcome: 'duplicate' });
            return;
          }
          const result = await provider.send(notification, trx);
          await trx('push_deliveries')
            .where({ notification_id: notification.id })
            .update({ status: result.status, detail: result.status === 'failed' ? result.reason : null });
          metrics.pushDeliveries.inc({ provider: provider.name, outcome: result.status });
          if (result.status === 'failed' && result.retryable)
            throw new Error(`push failed: ${result.reason}`);
          if (result.status !== 'sent')
            logger.warn({ notification: notification.id, result }, 'push not delivered');
        });
      }),
    );
  }
}
