/** Who acted, and which request, command and trace an event came from. */
export interface EventMetadata {
  commandId?: string;
  correlationId?: string;
  causationId?: string;
  actorUserId?: string;
  actorDeviceId?: string;
  traceparent?: string;
  schemaVersion: number;
}

export interface NewEvent {
  /** A UUID chosen by the writer; appending the same id twice is a no-op. */
  id: string;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

export interface RecordedEvent extends NewEvent {
  streamName: string;
  /** 0-based revision of the event in its stream. */
  streamVersion: number;
  /** Position in the global log: increasing, never reused. */
  position: number;
  createdAt: Date;
}

/** `any`, `no_stream`, `stream_exists`, or the exact current version (last event's revision). */
export type ExpectedVersion = 'any' | 'no_stream' | 'stream_exists' | number;

export interface AppendResult {
  /** The stream version after the append (the revision of its last event). */
  nextExpectedVersion: number;
  /** Global position of the last appended event. */
  position: number;
}

export interface EventFilter {
  categories?: readonly string[];
  eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: events after this position. 0 reads from the start. */
  after: number;
  limit: number;
  filter?: EventFilter;
}

export interface ReadAllResult {
  events: RecordedEvent[];
  /** The position up to which the log was scanned; a checkpoint may advance to it even with no events. */
  scannedTo: number;
  /** The head the read was bounded by (headPosition at the time), when the store knows it. */
  head?: number;
}

export interface SubscribeOptions {
  after: number;
  filter?: EventFilter;
  batchSize?: number;
}

export interface Subscription {
  stop(): Promise<void>;
}

/** One stream's part of a multi-stream append. */
export interface StreamAppend {
  stream: string;
  events: readonly NewEvent[];
  expected: ExpectedVersion;
}

export interface EventStore {
  append(stream: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult>;
  /**
   * Appends to several (distinct) streams in one transaction: all or none, one commit. A conflict
   * on any stream throws its WrongExpectedVersionError and appends nothing. Only where the store
   * can do it atomically (absent on EventStoreDB): callers then append stream by stream.
   */
  appendMany?(appends: readonly StreamAppend[]): Promise<AppendResult[]>;
  readStream(stream: string, options?: { fromVersion?: number; maxCount?: number }): Promise<RecordedEvent[]>;
  /** Several whole streams in one read: each stream's events, in order (a missing one: empty). */
  readStreams(streams: readonly string[]): Promise<Map<string, RecordedEvent[]>>;
  readAll(options: ReadAllOptions): Promise<ReadAllResult>;
  /** The position up to which the log is complete: readAll sees every event at or below it. */
  headPosition(): Promise<number>;
  /**
   * The highest position committed. Every position an append answered with is at or below it;
   * it can be above headPosition while an append with a lower position is still committing.
   */
  lastPosition(): Promise<number>;
  /** Catches up from `after`, then delivers new events live, in order, one batch at a time. */
  subscribe(options: SubscribeOptions, onEvents: (events: RecordedEvent[]) => Promise<void>): Subscription;
  /** Resolves after every new append (or after `timeoutMs`), so pollers sleep instead of spinning. */
  waitForAppend(timeoutMs: number, signal?: AbortSignal): Promise<void>;
  close(): Promise<void>;
}
