import type { Upcaster } from '../../domain/shared/index.js';
import type { EventStore, NewEvent, RecordedEvent } from './EventStore.js';
import { MappingEventStore } from './MappingEventStore.js';

/**
 * An event store whose readers only ever see today's shape of each event: an event stored at an
 * older schema version is upcast on read, one version at a time, by the upcasters of its type
 * (commands, projections, exports and replays alike); every appended event is stamped with its
 * type's current schema version. The stored rows are never rewritten.
 */
export class UpcastingEventStore extends MappingEventStore {
  private readonly chains = new Map<string, Upcaster[]>();

  constructor(inner: EventStore, upcasters: readonly Upcaster[]) {
    super(inner);
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

  protected onAppend(events: readonly NewEvent[]): NewEvent[] {
    return events.map((e) => ({
      ...e,
      metadata: { ...e.metadata, schemaVersion: this.currentVersion(e.type) },
    }));
  }

  protected onRead(events: RecordedEvent[]): RecordedEvent[] {
    return events.map((e) => this.upcast(e));
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
