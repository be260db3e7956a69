import { afterAll } from 'vitest';
import { PostgresEventStore } from '../../infra/eventStore/postgres/PostgresEventStore.js';
import { freshDatabase } from './freshDatabase.js';

/**
 * A Postgres event store on an empty database of the calling test file's own (freshDatabase),
 * closed after its tests; `onStatement` hears the SQL of every statement sent (through knex or
 * prepared).
 * `store` stays undefined when Postgres is not there: tests skip.
 */
export function freshEventStore(onStatement?: (sql: string) => void): {
  readonly store: PostgresEventStore | undefined;
} {
  let store: PostgresEventStore | undefined;
  freshDatabase(async (db) => {
    store = await PostgresEventStore.open(db);
    if (!onStatement) return;
    db.knex.on('query', (query: { sql: string }) => onStatement(query.sql));
    // The store's hot statements go to the driver as prepared statements, past knex.
    const prepared = db.preparedQuery.bind(db);
    db.preparedQuery = (name, sql, bindings) => {
      onStatement(sql);
      return prepared(name, sql, bindings);
    };
  });
  // Registered after freshDatabase's: runs before the database closes.
  afterAll(async () => {
    await store?.close();
  });
  return {
    get store() {
      return store;
    },
  };
}
