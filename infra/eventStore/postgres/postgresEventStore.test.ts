import { describeEventStoreContract } from '../eventStoreContract.js';
import { createPostgresDatabase } from '../../postgres/index.js';
import { createTestDatabase, postgresAvailable } from '../../../test/support/testDatabase.js';
import { PostgresEventStore } from './PostgresEventStore.js';
import { templatedPglite } from '../../../test/support/pgliteTemplate.js';

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
  const db = await templatedPglite();
  const store = await PostgresEventStore.open(db);
  return {
    store,
    dispose: async () => {
      await store.close();
      await db.close();
    },
  };
});
