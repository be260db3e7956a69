import { describeEventStoreContract } from '../eventStoreContract.js';
import { createPgliteDatabase, createPostgresDatabase } from '../../postgres/index.js';
import { createTestDatabase, postgresAvailable } from '../../../test/support/testDatabase.js';
import { PostgresEventStore } from './PostgresEventStore.js';

describeEventStoreContract('Postgres (pg)', async () => {
  if (!(await postgresAvailable())) return undefined;
  const database = await createTestDatabase();
  const db = await createPostgresDatabase({ connectionString: database.url });
  const store = await PostgresEventStore.open(db);
  return {
    store,
    dispose: async () => {
      await store.close();
      await db.close();
      await database.drop();
    },
  };
});

describeEventStoreContract('Postgres (PGlite, embedded)', async () => {
  const db = await createPgliteDatabase();
  const store = await PostgresEventStore.open(db);
  return {
    store,
    dispose: async () => {
      await store.close();
      await db.close();
    },
  };
});
