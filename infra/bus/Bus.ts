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
   * The most bytes of one partition taken from the broker ahead of the handler (Kafka; default
   * 256 KiB): with the partitions consumed at once, this bounds the messages a consumer holds. The
   * broker still hands over one message larger than this. The next fetch waits until the handler
   * has taken every batch of the last one, so a slow handler slows the fetching (backpressure).
   */
  fetchBytesPerPartition?: number;
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
