export interface BusMessage {
  /** Messages with the same key keep their order (same partition). */
  key: string;
  value: Buffer | string;
  headers?: Record<string, string>;
}

export interface ReceivedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string;
  value: Buffer;
  headers: Record<string, string>;
}

export interface ConsumerOptions {
  /** Consumers in one group share the topic's partitions; every group sees every message. */
  group: string;
  topics: readonly string[];
  /** A new group starts at the oldest message (true) or only sees new ones (false). Default true. */
  fromBeginning?: boolean;
}

export interface BatchOptions {
  /** The most messages handed to the handler at once (default 100). */
  maxBatch?: number;
  /**
   * Kafka: up to this many batches are handled at once per consumer, over all its partitions, and
   * a partition's next batches need not wait for its previous ones: for handlers whose messages are
   * independent (an order between batches of one partition, hence of one key, is not kept). A
   * partition's offset still moves only past batches handled, in order. Unset: one batch per
   * partition at a time, in partition order. The Postgres bus ignores it (one batch per partition).
   */
  inFlight?: number;
}

export interface BusConsumer {
  stop(): Promise<void>;
}

/**
 * A durable message bus with at-least-once delivery: a message's offset is committed only after
 * its handler resolves, so a consumer that crashes or throws sees it again. Publishing inside a
 * database transaction is not part of it: see `Outbox`.
 */
export interface Bus {
  readonly kind: 'postgres' | 'kafka';
  publish(topic: string, messages: readonly BusMessage[]): Promise<void>;
  consume(
    options: ConsumerOptions,
    handler: (message: ReceivedMessage) => Promise<void>,
  ): Promise<BusConsumer>;
  /**
   * Like `consume`, but hands over up to `maxBatch` messages of one partition at a time, in
   * partition order; their offsets are committed only after the handler resolves for the whole
   * batch, and a handler that throws gets the whole batch again. Batches of different partitions
   * may be handled at the same time.
   */
  consumeBatches(
    options: ConsumerOptions,
    handler: (messages: ReceivedMessage[]) => Promise<void>,
    batch?: BatchOptions,
  ): Promise<BusConsumer>;
  close(): Promise<void>;
}
