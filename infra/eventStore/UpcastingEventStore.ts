import type { Upcaster } from '../../domain/shared/index.js';
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
 * An event store whose readers only ever see today's shape of each event: an event stored at an
 * older schema version is upcast on read, one version at a time, by the upcasters of its type
 * (commands, projections, exports and replays alike); every appended event is stamped with its
 * type's current schema version. The stored rows are never rewritten.
 */
export class UpcastingEventStore implements EventStore {
  private readonly chains = new Map<string, Upcaster[]>();

  constructor(
    private readonly inner: EventStore,
    upcasters: readonly Upcaster[],
  ) {
    for (const u of [...upcasters].sort((a, b) => a.fromVersion - b.fromVersion)) {
      const chain = this.chains.get(u.eventType) ?? [];
      if (u.fromVersion !== chain.length + 1) {
        throw new Error(`${u.eventType}: upcasters must go from version 1 up one at a time`);
      }
      this.chains.set(u.eventType, [...chain, u]);
    }
  }

  /** The version an event of this type is written at today. */
  currentVersion(eventType: string): number {
    return (this.chains.get(eventType)?.length ?? 0) + 1;
  }

  append(stream: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    const stamped = events.map((e) => ({
      ...e,
      metadata: { ...e.metadata, schemaVersion: this.currentVersion(e.type) },
    }));
    return this.inner.append(stream, stamped, expected);
  }

  async readStream(
    stream: string,
    options?: { fromVersion?: number; maxCount?: number },
  ): Promise<RecordedEvent[]> {
    return (await this.inner.readStream(stream, options)).map((e) => this.upcast(e));
  }

  async readAll(options: ReadAllOptions): Promise<ReadAllResult> {
    const result = await this.inner.readAll(options);
    return { ...result, events: result.events.map((e) => this.upcast(e)) };
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  subscribe(options: SubscribeOptions, onEvents: (events: RecordedEvent[]) => Promise<void>): Subscription {
    return this.inner.subscribe(options, (events) => onEvents(events.map((e) => this.upcast(e))));
  }

  waitForAppend(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return this.inner.waitForAppend(timeoutMs, signal);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  /** Applies the upcasters from the event's stored version up to the current one. */
  upcast(event: RecordedEvent): RecordedEvent {
    const chain = this.chains.get(event.type);
    const stored = event.metadata.schemaVersion ?? 1;
    if (!chain || stored > chain.length) return event;
    const data = chain.slice(stored - 1).reduce((d, u) => u.upcast(d), event.data);
    return { ...event, data, metadata: { ...event.metadata, schemaVersion: chain.length + 1 } };
  }
}
