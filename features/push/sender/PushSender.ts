import type { Knex } from 'knex';
import type { Bus, BusConsumer, ReceivedMessage } from '../../../infra/bus/index.js';
import { withSchemaLock } from '../../../infra/postgres/index.js';
import type { PushNotification, PushProvider } from '../../../infra/push/index.js';
import { contextFrom, inSpan, type Logger, type Metrics } from '../../../platform/observability/index.js';
import { context } from '@opentelemetry/api';
import { PUSH_REQUESTS_TOPIC } from '../notifier/index.js';
import { deliverOnce } from './deliverOnce.js';
import type { InvalidTokenHandler } from './InvalidTokenHandler.js';

/**
 * Consumes push requests and hands each to the provider once (see deliverOnce: a ledger row per
 * delivery key, claimed before the provider's call and completed after it), so a message
 * redelivered after a crash or a broker restart is not sent again. A retryable failure throws, and
 * so does a key another sender has claimed and is still sending: the bus delivers it again.
 */
export class PushSender {
  private consumer: BusConsumer | undefined;

  constructor(
    private readonly deps: {
      bus: Bus;
      knex: Knex;
      provider: PushProvider;
      logger: Logger;
      metrics: Metrics;
      /** Told of each refused token (see invalidTokenReporter), so nothing is sent to it again. */
      onInvalidToken?: InvalidTokenHandler;
    },
  ) {}

  static async ensureSchema(knex: Knex): Promise<void> {
    await withSchemaLock(knex, 'push-deliveries', async (trx) => {
      await trx.raw(`create table if not exists push_deliveries (
      notification_id text primary key, device_id uuid not null, provider text not null, status text not null,
      detail text, delivered_at timestamptz not null default now())`);
      // The claim's lease (see deliverOnce); added to tables created before it.
      await trx.raw(`alter table push_deliveries add column if not exists claimed_until timestamptz`);
    });
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
        const { provider, metrics, logger } = this.deps;
        const outcome = await deliverOnce(this.deps, notification);
        metrics.pushDeliveries.inc({
          provider: provider.nameFor?.(notification) ?? provider.name,
          outcome: outcome.status,
        });
        if (outcome.status === 'failed' && outcome.retryable)
          throw new Error(`push failed: ${outcome.reason}`);
        if (outcome.status === 'failed' || outcome.status === 'invalid_token')
          logger.warn({ notification: notification.id, result: outcome }, 'push not delivered');
        if (outcome.status === 'invalid_token') await this.deps.onInvalidToken?.(notification, outcome);
      }),
    );
  }
}
