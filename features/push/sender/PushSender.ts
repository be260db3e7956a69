import type { Knex } from 'knex';
import type { Bus, BusConsumer, ReceivedMessage } from '../../../infra/bus/index.js';
import { withSchemaLock } from '../../../infra/postgres/index.js';
import type { PushNotification, PushProvider } from '../../../infra/push/index.js';
import { ConcurrencyLimit } from '../../../platform/async/index.js';
import { contextFrom, inSpan, type Logger, type Metrics } from '../../../platform/observability/index.js';
import { context } from '@opentelemetry/api';
import { PUSH_REQUESTS_TOPIC } from '../notifier/index.js';
import {
  CircuitBreakers,
  DEFAULT_BREAKER_POLICY,
  type BreakerPolicy,
  type BreakerState,
} from './CircuitBreakers.js';
import { deliverBatch, type BatchDeliveryDeps } from './deliverBatch.js';
import type { DeliveryOutcome } from './deliverOnce.js';
import { startRetryLoop } from './retryLoop.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retryPolicy.js';
import type { InvalidTokenHandler } from './InvalidTokenHandler.js';

export const DEFAULT_SEND_CONCURRENCY = 100;
export const DEFAULT_SEND_BATCH_SIZE = 100;
export const DEFAULT_SEND_BATCHES = 0;

const CIRCUIT_STATE: Record<BreakerState, number> = { closed: 0, half_open: 1, open: 2 };

export interface PushSenderDeps {
  bus: Bus;
  knex: Knex;
  provider: PushProvider;
  logger: Logger;
  metrics: Metrics;
  retry?: RetryPolicy;
  breaker?: BreakerPolicy;
  /** Told of each refused token (see invalidTokenReporter), so nothing is sent to it again. */
  onInvalidToken?: InvalidTokenHandler;
  /**
   * How long a claim keeps other senders off a delivery key (see deliverOnce): a key whose sender
   * died mid-send waits this long before another sends it.
   */
  leaseMs?: number;
  /** Provider calls in flight at once in this process, over every batch (default 100). */
  sendConcurrency?: number;
  /** Bus messages handed over at once per partition (default 100). */
  batchSize?: number;
  /**
   * Batches claimed and in flight at once in this process, over its partitions, a partition's next
   * batches included (the bus's `inFlight`); 0 (the default): one per partition at a time, in order.
   */
  batchesInFlight?: number;
  /** Longest sleep of the retry loop (how soon a replay from another process is seen). */
  retryPollMs?: number;
  /** Tests only: the breakers' clock and the jitter. */
  now?: () => number;
  random?: () => number;
}

/**
 * Consumes push requests and hands each to the provider once (see deliverOnce: a ledger row per
 * delivery key, claimed before the provider's call and completed after it), so a message
 * redelivered after a crash or a broker restart is not sent again. A retryable failure does not
 * go back to the bus: the ledger row records the attempt and when the next one is due, the message
 * is acknowledged, and this process's retry loop (retryLoop) sends it again then, so no other
 * device's notification waits behind it. A key another sender has claimed and is still sending
 * throws: the bus delivers it again.
 */
export class PushSender {
  private consumer: BusConsumer | undefined;
  private retries: ReturnType<typeof startRetryLoop> | undefined;
  readonly breakers: CircuitBreakers;
  private readonly delivery: BatchDeliveryDeps;

  constructor(private readonly deps: PushSenderDeps) {
    this.breakers = new CircuitBreakers(deps.breaker ?? DEFAULT_BREAKER_POLICY, {
      ...(deps.now ? { now: deps.now } : {}),
      onChange: (provider, state) => {
        deps.metrics.pushCircuitState.set({ provider }, CIRCUIT_STATE[state]);
        if (state === 'open') deps.metrics.pushCircuitOpened.inc({ provider });
        deps.logger[state === 'open' ? 'warn' : 'info']({ provider, state }, 'push circuit breaker');
      },
    });
    this.delivery = {
      knex: deps.knex,
      provider: deps.provider,
      retry: deps.retry ?? DEFAULT_RETRY_POLICY,
      breakers: this.breakers,
      sends: new ConcurrencyLimit(deps.sendConcurrency ?? DEFAULT_SEND_CONCURRENCY),
      ...(deps.leaseMs ? { leaseMs: deps.leaseMs } : {}),
      ...(deps.random ? { random: deps.random } : {}),
    };
  }

  static async ensureSchema(knex: Knex): Promise<void> {
    await withSchemaLock(knex, 'push-deliveries', async (trx) => {
      await trx.raw(`create table if not exists push_deliveries (
      notification_id text primary key, device_id uuid not null, provider text not null, status text not null,
      detail text, delivered_at timestamptz not null default now())`);
      // The claim's lease (see deliverOnce); added to tables created before it.
      await trx.raw(`alter table push_deliveries add column if not exists claimed_until timestamptz`);
      // Retries and dead letters: failed calls so far, when the next is due, and the notification
      // itself while the ledger (not the bus) holds it (retrying, deferred, dead-lettered).
      await trx.raw(`alter table push_deliveries add column if not exists attempts int not null default 0`);
      await trx.raw(`alter table push_deliveries add column if not exists next_attempt_at timestamptz`);
      await trx.raw(`alter table push_deliveries add column if not exists notification jsonb`);
      await trx.raw(`create index if not exists push_deliveries_next_attempt
        on push_deliveries (next_attempt_at) where next_attempt_at is not null`);
      // The ledger per notification request and per user (statistics, GET /v1/admin/push/deliveries),
      // and the provider's id of a sent push.
      await trx.raw(`alter table push_deliveries add column if not exists request_id text`);
      await trx.raw(`alter table push_deliveries add column if not exists user_id text`);
      await trx.raw(`alter table push_deliveries add column if not exists provider_id text`);
      await trx.raw(`create index if not exists push_deliveries_request
        on push_deliveries (request_id, notification_id) where request_id is not null`);
      await trx.raw(
        `create index if not exists push_deliveries_user on push_deliveries (user_id, notification_id)`,
      );
      await trx.raw(
        `create index if not exists push_deliveries_device on push_deliveries (device_id, notification_id)`,
      );
      await trx.raw(`create index if not exists push_deliveries_dead
        on push_deliveries (notification_id) where status = 'failed'`);
    });
  }

  async start(group = 'push-sender'): Promise<void> {
    this.retries = startRetryLoop(this.delivery, {
      ...(this.deps.retryPollMs ? { pollMs: this.deps.retryPollMs } : {}),
      onOutcome: (notification, outcome) => this.count(notification, outcome),
      onError: (error) => this.deps.logger.warn({ err: error }, 'push retry failed; will retry'),
    });
    const batchesInFlight = this.deps.batchesInFlight ?? DEFAULT_SEND_BATCHES;
    this.consumer = await this.deps.bus.consumeBatches(
      { group, topics: [PUSH_REQUESTS_TOPIC] },
      (messages) => this.handle(messages),
      {
        maxBatch: this.deps.batchSize ?? DEFAULT_SEND_BATCH_SIZE,
        ...(batchesInFlight > 0 ? { inFlight: batchesInFlight } : {}),
      },
    );
  }

  async stop(): Promise<void> {
    await this.consumer?.stop();
    await this.retries?.stop();
  }

  /** Counts an outcome, from the bus or the retry loop; a refused token is reported. */
  private async count(notification: PushNotification, outcome: DeliveryOutcome): Promise<void> {
    const { provider, metrics, logger } = this.deps;
    metrics.pushDeliveries.inc({
      provider: provider.nameFor?.(notification) ?? provider.name,
      outcome: outcome.status,
    });
    if (outcome.status === 'failed')
      logger.warn({ notification: notification.id, result: outcome }, 'push dead-lettered');
    if (outcome.status === 'invalid_token') {
      logger.warn({ notification: notification.id, result: outcome }, 'push not delivered');
      await this.deps.onInvalidToken?.(notification, outcome);
    }
  }

  /**
   * A batch of push requests through deliverBatch, in one span. Outcomes are counted (and refused
   * tokens reported); when a key could not be settled (another sender holds it, or the provider's
   * call threw), the batch throws once the others are recorded, so the bus hands it over again:
   * its settled keys are duplicates then, and the unsettled one is sent once its lease allows.
   */
  private handle(messages: ReceivedMessage[]): Promise<void> {
    return context.with(contextFrom(messages[0]?.headers.traceparent), () =>
      inSpan('push.send', { 'push.count': messages.length }, async () => {
        const notifications = messages.map((m) => JSON.parse(m.value.toString()) as PushNotification);
        const deliveries = await deliverBatch(this.delivery, notifications);
        let unsettled: unknown;
        let retries = false;
        await Promise.all(
          deliveries.map(async (delivery) => {
            if ('error' in delivery) {
              unsettled ??= delivery.error;
              return;
            }
            const { status } = delivery.outcome;
            if (status === 'retrying' || status === 'deferred') retries = true;
            await this.count(delivery.notification, delivery.outcome);
          }),
        );
        if (retries) this.retries?.wake();
        if (unsettled !== undefined) throw unsettled;
      }),
    );
  }
}
