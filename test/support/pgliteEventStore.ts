import { afterAll, beforeAll } from 'vitest';
import { PostgresEventStore } from '../../infra/eventStore/index.js';
import type { Database } from '../../infra/postgres/index.js';
import { templatedPglite } from './pgliteTemplate.js';

/** An event store on an in-process PGlite database of the calling test file's own, closed after it. */
export function pgliteEventStore(): { readonly db: Database; readonly store: PostgresEventStore } {
  let db: Database | undefined;
  let store: PostgresEventStore | undefined;
  beforeAll(async () => {
    db = await templatedPglite();
    store = await PostgresEventStore.open(db);
  });
  afterAll(async () => {
    await store?.close();
    await db?.close();
  });
  return {
    get db() {
      if (!db) throw new Error('the PGlite event store opens before the tests');
      return db;
    },
    get store() {
      if (!store) throw new Error('the PGlite event store opens before the tests');
      return store;
    },
  };
}
