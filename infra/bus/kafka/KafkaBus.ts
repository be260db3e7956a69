import {
  Kafka,
  logLevel,
  type Admin,
  type Consumer,
  type EachBatchPayload,
  type KafkaMessage,
  type Producer,
} from 'kafkajs';
import { ConcurrencyLimit } from '../../../platform/async/index.js';
import type { BatchOptions, Bus, BusConsumer, BusMessage, ConsumerOptions, ReceivedMessage } from '../Bus.js';

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
    const existing = new Set(await this.admin.listTopics());
    const toCreate = missing.filter((t) => !existing.has(t));
    if (toCreate.length > 0) {
      await this.admin.createTopics({
        waitForLeaders: true,
        topics: toCreate.map((topic) => ({
          topic,
          numPartitions: this.options.partitions ?? 6,
          replicationFactor: this.options.replicationFactor ?? 1,
        })),
      });
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
   * of the topic may have a chunk in flight at once (`partitionsConsumedConcurrently`). With
   * `inFlight`, a fetched batch's chunks are handled at the same time too, at most `inFlight` over
   * the consumer (see handleChunks).
   */
  async consumeBatches(
    options: ConsumerOptions,
    handler: (messages: ReceivedMessage[]) => Promise<void>,
    batchOptions: BatchOptions = {},
  ): Promise<BusConsumer> {
    const maxBatch = Math.max(1, batchOptions.maxBatch ?? 100);
    const chunks = batchOptions.inFlight ? new ConcurrencyLimit(batchOptions.inFlight) : undefined;
    const consumer = await this.subscribe(options);
    await consumer.run({
      autoCommit: true,
      autoCommitThreshold: 1,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitions ?? 6,
      eachBatch: async (payload) => {
        const { batch } = payload;
        const cut: KafkaMessage[][] = [];
        for (let i = 0; i < batch.messages.length; i += maxBatch)
          cut.push(batch.messages.slice(i, i + maxBatch));
        const handle = (chunk: KafkaMessage[]) =>
          handler(chunk.map((m) => this.received(batch.topic, batch.partition, m)));
        if (chunks) return handleChunks(cut, handle, chunks, payload);
        for (const chunk of cut) {
          if (!payload.isRunning() || payload.isStale()) return;
          await handle(chunk);
          payload.resolveOffset(chunk[chunk.length - 1]!.offset);
          await payload.commitOffsetsIfNecessary();
          await payload.heartbeat();
        }
      },
    });
    return this.handleOf(consumer);
  }

  private async subscribe(options: ConsumerOptions): Promise<Consumer> {
    await this.ensureTopics(options.topics);
    const consumer = this.kafka.consumer({
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

/**
 * One partition's chunks handled at the same time, each under the consumer's `limit`: a chunk's
 * offset is resolved (and committed) once it and every chunk before it are handled, so the offset
 * never moves past a chunk not handled. When a chunk throws, the chunks not started yet are left,
 * the ones running finish, and the batch throws: kafkajs fetches it again from the first chunk not
 * resolved (the chunks handled after it come again too, for the handler to find done).
 */
async function handleChunks(
  chunks: KafkaMessage[][],
  handler: (messages: KafkaMessage[]) => Promise<void>,
  limit: ConcurrencyLimit,
  payload: Pick<
    EachBatchPayload,
    'resolveOffset' | 'commitOffsetsIfNecessary' | 'heartbeat' | 'isRunning' | 'isStale'
  >,
): Promise<void> {
  const handled = chunks.map(() => false);
  let resolved = 0;
  let failure: { error: unknown } | undefined;
  let commits = Promise.resolve();
  await Promise.all(
    chunks.map((chunk, i) =>
      limit.run(async () => {
        if (failure || !payload.isRunning() || payload.isStale()) return;
        try {
          await handler(chunk);
        } catch (error) {
          failure ??= { error };
          return;
        }
        handled[i] = true;
        while (resolved < chunks.length && handled[resolved]) {
          const last = chunks[resolved]!;
          payload.resolveOffset(last[last.length - 1]!.offset);
          resolved++;
        }
        // One commit at a time, in order; a failed commit fails the batch like a failed chunk.
        const commit = commits.then(() => payload.commitOffsetsIfNecessary());
        commits = commit.catch(() => undefined);
        try {
          await commit;
          await payload.heartbeat();
        } catch (error) {
          failure ??= { error };
        }
      }),
    ),
  );
  if (failure) throw failure.error;
}
