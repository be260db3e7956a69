import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { Waiters } from '../../../platform/async/index.js';
import type { Database } from '../../postgres/index.js';
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
} from '../EventStore.js';
import { subscribeByPolling } from '../subscribeByPolling.js';
import { AppendAnnouncer } from './AppendAnnouncer.js';
import { AppendGroups } from './AppendGroups.js';
import {
  appendInTransaction,
  appendManyAtOnce,
  appendOne,
  checkNewEvents,
  type AppendQuery,
} from './appendInTransaction.js';
import { EVENT_COLUMNS, rowToEvent, type EventRow } from './rowToEvent.js';
import { APPEND_CHANNEL, ensureEventStoreSchema } from './schema.js';

/**
 * Groups written at once. An append that finds fewer in flight is written at once, alone (a few
 * concurrent writers see no wait); those that find four wait for the first of them to finish and
 * go together. A connection each, out of DATABASE_POOL_MAX (10 by default), leaving the rest to
 * reads and projections. With two, 4 connections wrote 13% fewer creates per second than with no
 * grouping (half of them waited for a slot); 32 wrote 18% more (bench/peers/profileCreate.ts).
 */
const APPENDS_IN_FLIGHT = 4;
/** Streams in one group's statement at most (a sync batch of 500 mutations goes alone). */
const GROUP_STREAMS = 500;

/** The stores open on each Database (in this process): an append wakes them all. */
const storesOf = new WeakMap<Database, Set<PostgresEventStore>>();

/** The event store on PostgreSQL (a server through `pg`, or PGlite in-process). */
export class PostgresEventStore implements EventStore {
  private readonly waiters = new Waiters();
  private unlisten: (() => Promise<void>) | undefined;
  private readonly announcer: AppendAnnouncer;
  /** Concurrent appends share statements and commits (see AppendGroups). */
  private readonly groups: AppendGroups;
  /** Announcements seen so far, and the head query in flight with the count it started at. */
  private wakes = 0;
  private headQuery: { wakes: number; head: Promise<number> } | undefined;

  /** The store's own statements, each prepared once per connection (no knex on the hot path). */
  private readonly prepared: AppendQuery = (name, sql, bindings) =>
    this.db.preparedQuery(name, sql, bindings);

  /** Names this store in its NOTIFY payloads: it has woken its own readers already. */
  private readonly origin = randomUUID();

  private constructor(private readonly db: Database) {
    this.announcer = new AppendAnnouncer(db, this.origin);
    this.groups = new AppendGroups((appends) => this.write(appends), {
      maxInFlight: APPENDS_IN_FLIGHT,
      maxStreams: GROUP_STREAMS,
    });
  }

  static async open(db: Database): Promise<PostgresEventStore> {
    await ensureEventStoreSchema(db.knex);
    const store = new PostgresEventStore(db);
    let siblings = storesOf.get(db);
    if (!siblings) storesOf.set(db, (siblings = new Set()));
    siblings.add(store);
    // Its own announcements woke its readers when they were made (announce); a reset LISTEN
    // connection may have missed some: readers look again.
    store.unlisten = await db.listen(
      APPEND_CHANNEL,
      (payload) => {
        if (store.announcer.heard(payload)) store.wake();
      },
      () => {
        store.announcer.listenerReset();
        store.wake();
      },
    );
    await store.announcer.start();
    return store;
  }

  get knex(): Knex {
    return this.db.knex;
  }

  async append(
    stream: string,
    events: readonly NewEvent[],
    expected: ExpectedVersion,
  ): Promise<AppendResult> {
    checkNewEvents(events);
    const [result] = await this.groups.append([{ stream, events, expected }]);
    return result!;
  }

  /**
   * One group's appends: es_append alone for one stream (without the name-ordered row locks a
   * batch takes first), es_append_many for several (one statement, so one transaction). Readers
   * are woken once it has committed.
   */
  private async write(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    const query = this.prepared;
    const results =
      appends.length === 1
        ? [await appendOne(query, appends[0]!.stream, appends[0]!.events, appends[0]!.expected)]
        : await appendManyAtOnce(query, appends);
    this.announce();
    return results;
  }

  /**
   * Wakes this process's readers at once and the other processes' through NOTIFY. Called after
   * an append's commit; a caller that appends in its own transaction calls it after committing
   * (or readers find the events on their next poll).
   */
  announce(): void {
    // Other stores on this Database share its LISTEN connection (one listener to the count at
    // open; they hear each other's hellos a moment later): they are woken here, at once.
    for (const store of storesOf.get(this.db) ?? [this]) store.wake();
    this.announcer.announce();
  }

  /**
   * Every part in one statement (es_append_many), so a batch costs one round trip and one
   * durable commit instead of one per stream. A conflict rolls all back.
   */
  async appendMany(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    if (new Set(appends.map((a) => a.stream)).size !== appends.length)
      throw new Error('appendMany takes each stream once');
    if (appends.length === 0) return [];
    for (const a of appends) checkNewEvents(a.events);
    return this.groups.append(appends);
  }

  /**
   * For callers that must append in their own transaction (and for the gap-safety test); they
   * call `announce` once it has committed.
   */
  appendInTransaction(
    trx: Knex.Transaction,
    stream: string,
    events: readonly NewEvent[],
    expected: ExpectedVersion,
  ) {
    return appendInTransaction(trx, stream, events, expected);
  }

  async readStream(stream: string, options: { fromVersion?: number; maxCount?: number } = {}) {
    const rows = await this.db
      .knex('es_events')
      .select<EventRow[]>(EVENT_COLUMNS)
      .where('stream_name', stream)
      .andWhere('stream_version', '>=', options.fromVersion ?? 0)
      .orderBy('stream_version')
      .limit(options.maxCount ?? 1_000_000);
    return rows.map(rowToEvent);
  }

  /**
   * The position up to which the log is complete (see appendFunction.ts). Callers share a query
   * in flight when no append was announced since it started (it then reflects every append
   * announced before they asked): the runners a NOTIFY wakes ask once between them.
   */
  headPosition(): Promise<number> {
    const shared = this.headQuery;
    if (shared && shared.wakes === this.wakes) return shared.head;
    const head = this.db
      .preparedQuery<{ head: number | null }>('es_safe_position', 'select es_safe_position() as head', [])
      .then((rows) => Number(rows[0]?.head ?? 0))
      .finally(() => {
        if (this.headQuery?.head === head) this.headQuery = undefined;
      });
    this.headQuery = { wakes: this.wakes, head };
    return head;
  }

  /** An append was announced (by this process or through NOTIFY): wake the readers. */
  private wake(): void {
    this.wakes++;
    this.waiters.wakeAll();
  }

  async lastPosition(): Promise<number> {
    const result = await this.db.knex.raw<{ rows: { last: number | null }[] }>(
      'select max(position) as last from es_events',
    );
    return Number(result.rows[0]?.last ?? 0);
  }

  async readStreams(streams: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    const read = new Map<string, RecordedEvent[]>(streams.map((stream) => [stream, []]));
    if (streams.length === 0) return read;
    const rows = await this.db
      .knex('es_events')
      .select<EventRow[]>(EVENT_COLUMNS)
      .whereIn('stream_name', [...new Set(streams)])
      .orderBy([{ column: 'stream_name' }, { column: 'stream_version' }]);
    for (const row of rows) {
      const event = rowToEvent(row);
      read.get(event.streamName)!.push(event);
    }
    return read;
  }

  /**
   * The head and the events after `after` up to it, in one round trip (es_read_after): every
   * position up to the head is settled and visible to the read, so (after, head] is complete.
   */
  async readAll({ after, limit, filter }: ReadAllOptions): Promise<ReadAllResult> {
    const some = (values: readonly string[] | undefined) => (values?.length ? [...values] : null);
    const rows = await this.db.preparedQuery<EventRow & { head: number | string | null }>(
      'es_read_after',
      'select * from es_read_after(?, ?, ?::text[], ?::text[])',
      [after, limit, some(filter?.eventTypes), some(filter?.categories)],
    );
    const head = Number(rows[0]?.head ?? 0);
    if (head <= after) return { events: [], scannedTo: after, head };
    const events = rows.slice(1).map(rowToEvent);
    const last = events[events.length - 1];
    return { events, scannedTo: events.length === limit && last ? last.position : head, head };
  }

  subscribe(options: SubscribeOptions, onEvents: (events: RecordedEvent[]) => Promise<void>): Subscription {
    return subscribeByPolling(this, options, onEvents);
  }

  waitForAppend(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return this.waiters.wait(timeoutMs, signal);
  }

  async close(): Promise<void> {
    storesOf.get(this.db)?.delete(this);
    this.wake();
    await this.announcer.flush();
    await this.unlisten?.();
  }
}
