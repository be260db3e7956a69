import type {
  AppendResult,
  EventStore,
  ExpectedVersion,
  NewEvent,
  ReadAllOptions,
  ReadAllResult,
  RecordedEvent,
  StreamAppend,
  SubscribeOptions,
  Subscription,
} from './EventStore.js';

/**
 * The base of a decorator that changes events on their way in (`onAppend`) and out (`onRead`,
 * for every read: streams, the log, subscriptions) and passes everything else through.
 */
export abstract class MappingEventStore implements EventStore {
  readonly appendMany?: (appends: readonly StreamAppend[]) => Promise<AppendResult[]>;

  constructor(protected readonly inner: EventStore) {
    // Offered only when the store beneath can append to several streams atomically.
    const many = inner.appendMany?.bind(inner);
    if (many) {
      this.appendMany = async (appends) =>
        many(await Promise.all(appends.map(async (a) => ({ ...a, events: await this.onAppend(a.events) }))));
    }
  }

  protected abstract onAppend(events: readonly NewEvent[]): Promise<NewEvent[]> | NewEvent[];
  protected abstract onRead(events: RecordedEvent[]): Promise<RecordedEvent[]> | RecordedEvent[];

  async append(
    stream: string,
    events: readonly NewEvent[],
    expected: ExpectedVersion,
  ): Promise<AppendResult> {
    return this.inner.append(stream, await this.onAppend(events), expected);
  }

  async readStream(
    stream: string,
    options?: { fromVersion?: number; maxCount?: number },
  ): Promise<RecordedEvent[]> {
    return this.onRead(await this.inner.readStream(stream, options));
  }

  async readStreams(streams: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    const read = await this.inner.readStreams(streams);
    const mapped = new Map<string, RecordedEvent[]>();
    for (const [stream, events] of read) mapped.set(stream, await this.onRead(events));
    return mapped;
  }

  async readAll(options: ReadAllOptions): Promise<ReadAllResult> {
    const result = await this.inner.readAll(options);
    return { ...result, events: await this.onRead(result.events) };
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  lastPosition(): Promise<number> {
    return this.inner.lastPosition();
  }

  subscribe(options: SubscribeOptions, onEvents: (events: RecordedEvent[]) => Promise<void>): Subscription {
    return this.inner.subscribe(options, async (events) => onEvents(await this.onRead(events)));
  }

  waitForAppend(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return this.inner.waitForAppend(timeoutMs, signal);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
