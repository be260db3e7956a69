import {
  ANY,
  BACKWARDS,
  END,
  excludeSystemEvents,
  FORWARDS,
  jsonEvent,
  KurrentDBClient,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError as KurrentWrongExpectedVersion,
  eventTypeFilter,
  streamNameFilter,
  type AppendStreamState,
  type Filter,
  type Position,
} from '@kurrent/kurrentdb-client';
import { Waiters } from '../../../platform/async/index.js';
import { WrongExpectedVersionError } from '../errors.js';
import type {
  AppendResult,
  EventFilter,
  EventMetadata,
  EventStore,
  ExpectedVersion,
  NewEvent,
  ReadAllOptions,
  ReadAllResult,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../EventStore.js';
import { subscribeByPolling } from '../subscribeByPolling.js';

const escapeRegex = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function toStreamState(expected: ExpectedVersion): AppendStreamState {
  if (expected === 'any') return ANY;
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'stream_exists') return STREAM_EXISTS;
  return BigInt(expected);
}

function toFilter(filter: EventFilter | undefined): Filter {
  if (filter?.categories?.length && filter.eventTypes?.length) {
    // The server filters on one property; categories here, event types on our side below.
    return streamNameFilter({ prefixes: filter.categories.map((c) => `${c}-`) });
  }
  if (filter?.categories?.length)
    return streamNameFilter({ prefixes: filter.categories.map((c) => `${c}-`) });
  if (filter?.eventTypes?.length)
    return eventTypeFilter({ regex: `^(${filter.eventTypes.map(escapeRegex).join('|')})$` });
  return excludeSystemEvents();
}

/**
 * The event store on EventStoreDB / KurrentDB through the official client. Positions are the
 * commit positions of the transaction file (below 2^53 for any real deployment).
 */
export class KurrentEventStore implements EventStore {
  private readonly waiters = new Waiters();
  private live: { unsubscribe(): Promise<void> } | undefined;

  private constructor(private readonly client: KurrentDBClient) {}

  static async connect(connectionString: string): Promise<KurrentEventStore> {
    const url = connectionString.replace(/^esdb(\+discover)?:/, 'kurrentdb$1:');
    const store = new KurrentEventStore(KurrentDBClient.connectionString(url));
    await store.headPosition();
    return store;
  }

  async append(
    stream: string,
    events: readonly NewEvent[],
    expected: ExpectedVersion,
  ): Promise<AppendResult> {
    try {
      const result = await this.client.appendToStream(
        stream,
        events.map((e) => jsonEvent({ id: e.id, type: e.type, data: e.data, metadata: { ...e.metadata } })),
        { streamState: toStreamState(expected) },
      );
      return {
        nextExpectedVersion: Number(result.nextExpectedRevision),
        position: Number(result.position?.commit ?? 0n),
      };
    } catch (error) {
      if (error instanceof KurrentWrongExpectedVersion) {
        const actual = typeof error.actualState === 'bigint' ? Number(error.actualState) : 'no_stream';
        throw new WrongExpectedVersionError(stream, expected, actual);
      }
      throw error;
    }
  }

  /** Stream by stream: EventStoreDB has no read of several streams at once. */
  async readStreams(streams: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    const read = new Map<string, RecordedEvent[]>();
    for (const stream of new Set(streams)) read.set(stream, await this.readStream(stream));
    return read;
  }

  async readStream(
    stream: string,
    options: { fromVersion?: number; maxCount?: number } = {},
  ): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(stream, {
        direction: FORWARDS,
        fromRevision: options.fromVersion ? BigInt(options.fromVersion) : START,
        ...(options.maxCount ? { maxCount: options.maxCount } : {}),
      })) {
        if (resolved.event)
          events.push(
            this.toRecorded(resolved.event, resolved.commitPosition ?? resolved.event.position?.commit),
          );
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  /** EventStoreDB commits the log in order: the last commit is also where it is complete. */
  lastPosition(): Promise<number> {
    return this.headPosition();
  }

  async headPosition(): Promise<number> {
    for await (const resolved of this.client.readAll({
      direction: BACKWARDS,
      fromPosition: END,
      maxCount: 1,
      filter: excludeSystemEvents(),
    })) {
      return Number(resolved.event?.position.commit ?? 0n);
    }
    return 0;
  }

  async readAll({ after, limit, filter }: ReadAllOptions): Promise<ReadAllResult> {
    const head = await this.headPosition();
    if (head <= after) return { events: [], scannedTo: after, head };
    const fromPosition: Position | typeof START =
      after === 0 ? START : { commit: BigInt(after), prepare: BigInt(after) };
    const events: RecordedEvent[] = [];
    for await (const resolved of this.client.readAll({
      direction: FORWARDS,
      fromPosition,
      maxCount: limit + 1,
      filter: toFilter(filter),
    })) {
      const event = resolved.event;
      if (!event || Number(event.position.commit) <= after) continue;
      if (filter?.eventTypes?.length && !filter.eventTypes.includes(event.type)) continue;
      events.push(this.toRecorded(event, event.position.commit));
      if (events.length === limit) break;
    }
    const last = events[events.length - 1];
    return {
      events,
      scannedTo: events.length === limit && last ? last.position : Math.max(head, last?.position ?? 0),
      head: Math.max(head, last?.position ?? 0),
    };
  }

  subscribe(options: SubscribeOptions, onEvents: (events: RecordedEvent[]) => Promise<void>): Subscription {
    this.ensureLive();
    return subscribeByPolling(this, options, onEvents);
  }

  waitForAppend(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    this.ensureLive();
    return this.waiters.wait(timeoutMs, signal);
  }

  async close(): Promise<void> {
    this.waiters.wakeAll();
    await this.live?.unsubscribe();
    await this.client.dispose();
  }

  /** One live $all subscription from the end wakes every waiter on each new event. */
  private ensureLive(): void {
    if (this.live) return;
    const subscription = this.client.subscribeToAll({ fromPosition: END, filter: excludeSystemEvents() });
    subscription.on('data', () => {
      this.waiters.wakeAll();
    });
    subscription.on('error', () => {
      this.live = undefined;
    });
    this.live = subscription;
  }

  private toRecorded(
    event: {
      id: string;
      type: string;
      streamId: string;
      revision: bigint;
      created: Date;
      data: unknown;
      metadata: unknown;
    },
    position: bigint | undefined,
  ): RecordedEvent {
    return {
      id: event.id,
      type: event.type,
      data: event.data as Record<string, unknown>,
      metadata: event.metadata as EventMetadata,
      streamName: event.streamId,
      streamVersion: Number(event.revision),
      position: Number(position ?? 0n),
      createdAt: event.created,
    };
  }
}
