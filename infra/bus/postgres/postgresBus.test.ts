import { describeBusContract } from '../busContract.js';
import { createPostgresDatabase, type Database } from '../../postgres/index.js';
import { createTestDatabase, postgresAvailable } from '../../../test/support/testDatabase.js';
import { PostgresBus } from './PostgresBus.js';

describeBusContract('Postgres table', async () => {
  if (!(await postgresAvailable())) return undefined;
  const database = await createTestDatabase();
  let db: Database = await createPostgresDatabase({ connectionString: database.url });
  let bus = await PostgresBus.open(db, { claimMs: 2000 });
  return {
    bus,
    childEnv: { BUS_KIND: 'postgres', DATABASE_URL: database.url },
    async restart() {
      await bus.close();
      await db.close();
      db = await createPostgresDatabase({ connectionString: database.url });
      bus = await PostgresBus.open(db, { claimMs: 2000 });
      return bus;
    },
    async dispose() {
      await bus.close();
      await db.close();
      await database.drop();
    },
  };
});
