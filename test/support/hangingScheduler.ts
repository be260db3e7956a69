// A scheduler runner in its own process, on DATABASE_URL or on PGlite in PGLITE_DIR. Its handler
// records each item in `effects` through the claim transaction and prints its key; on an item
// whose key starts with "hang" it hangs forever, so the test can SIGKILL it mid-batch.
import { createPostgresDatabase } from '../../infra/postgres/index.js';
import { createPgliteDatabase } from '../../infra/postgres/createPgliteDatabase.js';
import { PostgresScheduler } from '../../infra/scheduler/index.js';

const db = process.env.PGLITE_DIR
  ? await createPgliteDatabase({ dataDir: process.env.PGLITE_DIR })
  : await createPostgresDatabase({ connectionString: process.env.DATABASE_URL ?? '' });
const scheduler = await PostgresScheduler.open(db);
scheduler.run({
  crash: async (item, { trx }) => {
    await trx('effects').insert({ key: item.key });
    process.stdout.write(`ran ${item.key}\n`);
    if (item.key.startsWith('hang')) await new Promise(() => undefined);
  },
});
process.stdout.write('ready\n');
