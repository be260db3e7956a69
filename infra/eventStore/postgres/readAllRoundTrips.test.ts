import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, type Database } from '../../postgres/index.js';
import { createTestDatabase, postgresAvailable } from '../../../test/support/testDatabase.js';
import { newEvent } from '../eventStoreContract.js';
import { PostgresEventStore } from './PostgresEventStore.js';

describe('Postgres event store: readAll', () => {
  let db: Database | undefined;
  let store: PostgresEventStore;
  let drop: (() => Promise<void>) | undefined;
  let statements: string[] = [];

  beforeAll(async () => {
    if (!(await postgresAvailable())) return;
    const database = await createTestDatabase();
    drop = database.drop;
    db = await createPostgresDatabase({ connectionString: database.url });
    store = await PostgresEventStore.open(db);
    db.knex.on('query', (query: { sql: string }) => statements.push(query.sql));
  });
  afterAll(async () => {
    await store?.close();
    await db?.close();
    await drop?.();
  });

  it('when a reader reads what follows its position, it should take one statement for the head and the events', async (ctx) => {
    if (!db) return ctx.skip();
    await store.appendMany([
      { stream: 'kept-1', events: [newEvent('Keep'), newEvent('Skip')], expected: 'no_stream' },
      { stream: 'other-1', events: [newEvent('Keep')], expected: 'no_stream' },
    ]);
    const head = await store.lastPosition();
    statements = [];
    const page = await store.readAll({
      after: 0,
      limit: 10,
      filter: { eventTypes: ['Keep'], categories: ['kept'] },
    });
    expect(statements).toHaveLength(1);
    expect(page.events.map((e) => [e.streamName, e.type])).toEqual([['kept-1', 'Keep']]);
    expect(page).toMatchObject({ head, scannedTo: head });

    statements = [];
    expect(await store.readAll({ after: head, limit: 10 })).toEqual({ events: [], scannedTo: head, head });
    expect(statements).toHaveLength(1);
  });
});
