import type { Knex } from 'knex';
import { expect } from 'vitest';
import type { DomainEvent } from '../../domain/shared/index.js';
import type { BusMessage } from '../../infra/bus/index.js';
import type { RecordedEvent } from '../../infra/eventStore/index.js';
import { versionedTable, type Projection } from '../../projectors/runtime/index.js';
import { freshDatabase } from './freshDatabase.js';

/** An event as a test gives it: type and data, and where it was stored when that matters. */
export type GivenEvent = DomainEvent & Partial<Pick<RecordedEvent, 'id' | 'streamName' | 'createdAt'>>;

/** What the projection left behind, read inside its transaction. */
export interface ProjectionView {
  /** The rows of one of its tables (base name), in the order of the table's first column. */
  rows(table: string): Promise<Record<string, unknown>[]>;
  /** The messages it published, by topic, in order. */
  readonly published: Readonly<Record<string, BusMessage[]>>;
  /** The feed changes it announced: user id → latest position. */
  readonly announced: ReadonlyMap<string, number>;
  /** The SQL statements applying each event sent, one list per given event, in order. */
  readonly statements: readonly (readonly string[])[];
  /** The scenario's transaction (rolled back after it): for reads of the tables as a reader makes them. */
  readonly trx: Knex.Transaction;
}

const T0 = Date.UTC(2026, 0, 1);

/**
 * Stores the given events as the event store would: global positions from 1, versions per
 * stream (`stream-1` unless given), a time one second apart. The same object given again is the
 * same stored event delivered again (a replay).
 */
export function recordEvents(events: readonly GivenEvent[]): RecordedEvent[] {
  const seen = new Map<GivenEvent, RecordedEvent>();
  const versions = new Map<string, number>();
  return events.map((event) => {
    const again = seen.get(event);
    if (again) return again;
    const position = seen.size + 1;
    const streamName = event.streamName ?? 'stream-1';
    const streamVersion = (versions.get(streamName) ?? -1) + 1;
    versions.set(streamName, streamVersion);
    const recorded: RecordedEvent = {
      id: event.id ?? `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
      type: event.type,
      data: { ...event.data },
      metadata: { schemaVersion: 1 },
      streamName,
      streamVersion,
      position,
      createdAt: event.createdAt ?? new Date(T0 + position * 1000),
    };
    seen.set(event, recorded);
    return recorded;
  });
}

/**
 * Given/when/then for a projection against a real Postgres schema (one database per test file):
 * `spec.given(registered, erased).thenRows('profiles', [])`. Each scenario sets the projection's
 * tables up and applies the events in one transaction, reads what it needs, and rolls back, so
 * scenarios are independent and fast. `ready` is false when Postgres is not there (skip).
 */
export function projectionSpec(projection: Projection) {
  const database = freshDatabase();

  const table = (base: string) => versionedTable(base, projection.version);

  async function run<T>(events: readonly GivenEvent[], inspect: (view: ProjectionView) => Promise<T>) {
    const db = database.db;
    if (!db) throw new Error('projectionSpec: no Postgres (check `ready` and skip)');
    const trx: Knex.Transaction = await db.knex.transaction();
    try {
      await projection.setup(trx, table);
      const published: Record<string, BusMessage[]> = {};
      const announced = new Map<string, number>();
      const statements: string[][] = [];
      trx.on('query', (query: { sql: string }) => statements.at(-1)?.push(query.sql));
      for (const event of recordEvents(events)) {
        statements.push([]);
        await projection.handle(event, {
          trx,
          table,
          publish: async (topic, messages) => void (published[topic] ??= []).push(...messages),
          announceChange: (userId, position) =>
            void announced.set(userId, Math.max(position, announced.get(userId) ?? 0)),
        });
      }
      const rows = (base: string) => trx.select('*').from(table(base)).orderByRaw('1');
      const view = { rows, published, announced, statements: statements.map((sqls) => [...sqls]), trx };
      return await inspect(view);
    } finally {
      await trx.rollback();
    }
  }

  return {
    get ready() {
      return database.db !== undefined;
    },
    given: (...events: readonly GivenEvent[]) => ({
      /** Applies the events and hands what the projection left to `inspect`. */
      inspect: <T>(inspect: (view: ProjectionView) => Promise<T>) => run(events, inspect),
      /** Asserts a table's rows: as many as given, each with the columns given (toMatchObject). */
      thenRows: (base: string, expected: readonly Record<string, unknown>[]) =>
        run(events, async (view) => expect(await view.rows(base)).toMatchObject(expected)),
      /** Asserts the messages published to `topic` (toMatchObject). */
      thenPublished: (topic: string, expected: readonly Record<string, unknown>[]) =>
        run(events, async (view) => expect(view.published[topic] ?? []).toMatchObject(expected)),
      /** Asserts the feed changes announced: user id → latest position. */
      thenAnnounced: (expected: Record<string, number>) =>
        run(events, async (view) => expect(Object.fromEntries(view.announced)).toEqual(expected)),
      /** Asserts that applying the events fails with an error matching `expected`. */
      thenFails: (expected: Record<string, unknown>) =>
        expect(run(events, async () => undefined)).rejects.toMatchObject(expected),
    }),
  };
}
