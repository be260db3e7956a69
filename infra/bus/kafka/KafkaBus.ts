import { Kafka, logLevel, type Admin, type Consumer, type KafkaMessage, type Producer } from 'kafkajs';
import type { BatchOptions, Bus, BusConsumer, BusMessage, ConsumerOptions, ReceivedMessage } from '../Bus.js';

/** How often creating a topic is tried when the broker answers with a retriable error. */
const TOPIC_ATTEMPTS = 5;

/** consumeBatches's fetch per partition unless told: a few batches of typical messages ahead. */
export const DEFAULT_FETCH_BYTES_PER_PARTITION = 256 * 1024;

export interface KafkaBusOptions {
  brokers: string[];
  clientId?: string;
  /** Partitions for topics this bus creates. */
  partitions?: number;
  replicationFactor?: number;
  /**
   * Prepended to every topic name and consumer-group id, so several deployments (or test runs)
   * can share a cluster. Groups need it as much as topics: members of one group that subscribe
   * to different topics get each other's partitions from kafkajs's round-robin assigner.
   */
  topicPrefix?: string;
}

/**
 * The production bus: Kafka through kafkajs. The producer is idempotent with acks=all; consumers
 * commit an offset only after its handler resolves (at-least-once), and a handler that throws
 * makes kafkajs seek back and deliver the message again.
 */
export class KafkaBus implements Bus {
  readonly kind = 'kafka';
  private readonly kafka: Kafka;
  private producer: Producer | undefined;
  private admin: Admin | undefined;
  private readonly knownTopics = new Set<string>();
  private readonly consumers = new Set<BusConsumer>();

  constructor(private readonly options: KafkaBusOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId ?? 'eventide',
      brokers: options.brokers,
      logLevel: logLevel.NOTHING,
      retry: { initialRetryTime: 200, maxRetryTime: 5_000, retries: 12 },
    });
  }

  private topic(name: string): string {
    return `${this.options.topicPrefix ?? ''}${name}`;
  }

  private async ensureTopics(names: readonly string[]): Promise<void> {
    const topics = names.map((n) => this.topic(n));
    const missing = topics.filter((t) => !this.knownTopics.has(t));
    if (missing.length === 0) return;
    if (!this.admin) {
      this.admin = this.kafka.admin();
      await this.admin.connect();
    }
    const admin = this.admin;
    // A broker busy electing leaders for a topic it just created can answer its metadata with
    // UNKNOWN_TOPIC_OR_PARTITION for a moment (seen under load): a retriable error, tried again.
    for (let attempt = 1; ; attempt++) {
      try {
        const existing = new Set(await admin.listTopics());
        const toCreate = missing.filter((t) => !existing.has(t));
        if (toCreate.length > 0) {
          await admin.createTopics({
            waitForLeaders: true,
            topics: toCreate.map((topic) => ({
              topic,
              numPartitions: this.options.partitions ?? 6,
              replicationFactor: this.options.replicationFactor ?? 1,
            })),
          });
        }
        break;
      } catch (error) {
        if (attempt >= TOPIC_ATTEMPTS || (error as { retriable?: boolean }).retriable !== true) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
      }
    }
    for (const t of missing) this.knownTopics.add(t);
  }

  async publish(topic: string, messages: readonly BusMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.ensureTopics([topic]);
    if (!this.producer) {
      const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
      await producer.connect();
      this.producer = producer;
    }
    await this.producer.send({
      topic: this.topic(topic),
      acks: -1,
      messages: messages.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
    });
  }

  async consume(
    options: ConsumerOptions,
    handler: (message: ReceivedMessage) => Promise<void>,
  ): Promise<BusConsumer> {
    const consumer = await this.subscribe(options);
    await consumer.run({
      autoCommit: true,
      autoCommitThreshold: 1,
      eachMessage: async ({ topic, partition, message }) => {
        await handler(this.received(topic, partition, message));
      },
    });
    return this.handleOf(consumer);
  }

  /**
   * kafkajs's `eachBatch` without auto-resolve: a fetched batch is cut into chunks of `maxBatch`;
   * a chunk's offsets are resolved (and committed) only after the handler resolves for it, so a
   * handler that throws makes kafkajs fetch the chunk again from its first offset. Every partition
   * of the topic may have a chunk in flight at once (`partitionsConsumedConcurrently`).
   */
  async consumeBatches(
    options: ConsumerOptions,
    handler: (messages: ReceivedMessage[]) => Promise<void>,
    batchOptions: BatchOptions = {},
  ): Promise<BusConsumer> {
    const maxBatch = Math.max(1, batchOptions.maxBatch ?? 100);
    const partitions = this.options.partitions ?? 6;
    const perPartition = Math.max(
      1,
      batchOptions.fetchBytesPerPartition ?? DEFAULT_FETCH_BYTES_PER_PARTITION,
    );
    // kafkajs fetches every assigned partition in one request and fetches again only once the
    // handler has taken all of it: about `partitions × perPartition` bytes are held at once (the
    // broker answers with whole record batches, so a producer's batch larger than the bound comes
    // whole).
    const consumer = await this.subscribe(options, {
      maxBytesPerPartition: perPartition,
      maxBytes: perPartition * partitions,
    });
    await consumer.run({
      autoCommit: true,
      autoCommitThreshold: 1,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: partitions,
      eachBatch: async ({
        batch,
        resolveOffset,
        heartbeat,
        commitOffsetsIfNecessary,
        isRunning,
        isStale,
      }) => {
        for (let i = 0; i < batch.messages.length; i += maxBatch) {
          if (!isRunning() || isStale()) return;
          const chunk = batch.messages.slice(i, i + maxBatch);
          await handler(chunk.map((m) => this.received(batch.topic, batch.partition, m)));
          resolveOffset(chunk[chunk.length - 1]!.offset);
          await commitOffsetsIfNecessary();
          await heartbeat();
        }
      },
    });
    return this.handleOf(consumer);
  }

  private async subscribe(
    options: ConsumerOptions,
    fetch: { maxBytesPerPartition?: number; maxBytes?: number } = {},
  ): Promise<Consumer> {
    await this.ensureTopics(options.topics);
    const consumer = this.kafka.consumer({
      ...fetch,
      groupId: this.topic(options.group),
      sessionTimeout: 10_000,
      heartbeatInterval: 1_000,
      // An idle fetch waits up to a second at the broker (a new message answers it at once), so
      // stopping the consumer takes about a second rather than kafkajs's default five.
      maxWaitTimeInMs: 1_000,
      retry: { initialRetryTime: 200, maxRetryTime: 5_000, retries: Number.MAX_SAFE_INTEGER },
    });
    await consumer.connect();
    await consumer.subscribe({
      topics: options.topics.map((t) => this.topic(t)),
      fromBeginning: options.fromBeginning ?? true,
    });
    return consumer;
  }

  private received(topic: string, partition: number, message: KafkaMessage): ReceivedMessage {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(message.headers ?? {})) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? String(value[0]) : String(value);
    }
    return {
      topic: topic.slice((this.options.topicPrefix ?? '').length),
      partition,
      offset: message.offset,
      key: message.key?.toString() ?? '',
      value: message.value ?? Buffer.alloc(0),
      headers,
    };
  }

  private handleOf(consumer: Consumer): BusConsumer {
    const handle: BusConsumer = {
      stop: async () => {
        this.consumers.delete(handle);
        await consumer.disconnect();
      },
    };
    this.consumers.add(handle);
    return handle;
  }

  async close(): Promise<void> {
    for (const consumer of [...this.consumers]) await consumer.stop();
    await this.producer?.disconnect();
    await this.admin?.disconnect();
  }
}
