import type {
  AppendResult,
  EventStore,
  ExpectedVersion,
  NewEvent,
  ReadAllOptions,
  ReadAllResult,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from './EventStore.js';

/**
 * The base of a decorator that changes events on their way in (`onAppend`) and out (`onRead`,
 * for every read: streams, the log, subscriptions) and passes everything else through.
 */
export abstract class MappingEventStore implements EventStore {
  constructor(protected readonly inner: EventStore) {}

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

  async readAll(options: ReadAllOptions): Promise<ReadAllResult> {
    const result = await this.inner.readAll(options);
    return { ...result, events: await this.onRead(result.events) };
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
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
