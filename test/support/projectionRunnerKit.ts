import { afterAll, afterEach, beforeAll } from 'vitest';
import { PostgresBus } from '../../infra/bus/index.js';
import { newEvent } from '../../infra/eventStore/eventStoreContract.js';
import { PostgresEventStore, type RecordedEvent } from '../../infra/eventStore/index.js';
import { createPostgresDatabase, type Database } from '../../infra/postgres/index.js';
import { createLogger, createMetrics } from '../../platform/observability/index.js';
import {
  ensureProjectorSchema,
  ProjectionRunner,
  type Projection,
  type RunnerOptions,
} from '../../projectors/runtime/index.js';
import { createTestDatabase, postgresAvailable } from './testDatabase.js';

/** Counts events per stream; `failures` makes chosen events throw a number of times (Infinity: always). */
export function counter(
  name: string,
  options: {
    version?: number;
    failures?: Map<string, number>;
    delayMs?: number;
    factor?: number;
    eventType?: string;
  } = {},
): Projection {
  return {
    name,
    version: options.version ?? 1,
    eventTypes: [options.eventType ?? 'Counted'],
    tables: ['counts'],
    async setup(trx, table) {
      await trx.raw(
        `create table if not exists ${table('counts')} (stream text primary key, n int not null, seen text[] not null)`,
      );
    },
    async handle(event: RecordedEvent, { trx, table }) {
      const left = options.failures?.get(event.id) ?? 0;
      if (left > 0) {
        options.failures!.set(event.id, left - 1);
        throw new Error(`boom on ${event.id}`);
      }
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      await trx.raw(
        `insert into ${table('counts')} (stream, n, seen) values (?, ?, array[?])
         on conflict (stream) do update set n = ${table('counts')}.n + excluded.n, seen = ${table('counts')}.seen || excluded.seen`,
        // An event's own `factor` goes into an int column as given: a non-number is a data error.
        [event.streamName, (event.data.factor as number | undefined) ?? options.factor ?? 1, event.id],
      );
    },
  };
}

/**
 * A fresh database with the event store, the Postgres bus and the projector schema for one test
 * file, runners that stop when it ends, and helpers to append and read checkpoints and counts.
 * `db` stays undefined when Postgres is not there (tests skip).
 */
export function projectionRunnerKit() {
  let db: Database | undefined;
  let store: PostgresEventStore;
  let bus: PostgresBus;
  let drop: (() => Promise<void>) | undefined;
  const running: ProjectionRunner[] = [];

  const runner = (projection: Projection, extra: Partial<RunnerOptions> = {}) => {
    const r = new ProjectionRunner({
      projection,
      store,
      knex: db!.knex,
      bus,
      outbox: bus,
      owner: extra.owner ?? 'test',
      logger: createLogger({ level: 'silent' }),
      metrics: createMetrics(),
      leaseMs: 600,
      batchSize: 20,
      maxAttempts: 3,
      backoffMs: { initial: 5, max: 20 },
      ...extra,
    });
    running.push(r);
    r.start();
    return r;
  };
  const append = async (stream: string, count = 1, type = 'Counted') => {
    let last = 0;
    for (let i = 0; i < count; i++) last = (await store.append(stream, [newEvent(type)], 'any')).position;
    return last;
  };
  const checkpoint = async (name: string, version = 1, partition = 0) =>
    Number(
      (
        await db!
          .knex('projection_checkpoints')
          .where({ projection: name, version, partition })
          .first<{ position: number }>('position')
      )?.position ?? 0,
    );
  const counts = async (table: string) =>
    Object.fromEntries(
      (await db!.knex(table).select<{ stream: string; n: number }[]>('stream', 'n')).map((r) => [
        r.stream,
        r.n,
      ]),
    );

  beforeAll(async () => {
    if (!(await postgresAvailable())) return;
    const database = await createTestDatabase();
    drop = database.drop;
    db = await createPostgresDatabase({ connectionString: database.url });
    store = await PostgresEventStore.open(db);
    bus = await PostgresBus.open(db);
    await ensureProjectorSchema(db.knex);
  });
  // A test's runners end with it, passed or failed: a runner left behind would apply the next
  // tests' events to the shared tables (a failure would cascade into the tests after it).
  afterEach(async () => {
    await Promise.all(running.splice(0).map((r) => r.stop()));
  });
  afterAll(async () => {
    await Promise.all(running.map((r) => r.stop()));
    await bus?.close();
    await store?.close();
    await db?.close();
    await drop?.();
  });

  return {
    get db() {
      return db;
    },
    get store() {
      return store;
    },
    get bus() {
      return bus;
    },
    runner,
    append,
    checkpoint,
    counts,
  };
}
