import { afterAll, beforeAll } from 'vitest';
import { createPostgresDatabase, type Database } from '../../infra/postgres/index.js';
import { ensureProjectorSchema, versionedTable, type Projection } from '../../projectors/runtime/index.js';
import { createTestDatabase, postgresAvailable } from './testDatabase.js';

/**
 * A fresh Postgres database for one test file holding the read-model tables of `projections`
 * (their own `setup`, registered as the active versions), for tests that insert rows and read.
 * `db` stays undefined when Postgres is not there (tests skip); `table` names a physical table.
 */
export function readModelDatabase(
  projections: readonly Projection[],
  seed?: (db: Database) => Promise<void>,
) {
  let db: Database | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!(await postgresAvailable())) return;
    const database = await createTestDatabase();
    drop = database.drop;
    db = await createPostgresDatabase({ connectionString: database.url });
    await ensureProjectorSchema(db.knex);
    for (const projection of projections) {
      await db.knex.transaction((trx) =>
        projection.setup(trx, (base) => versionedTable(base, projection.version)),
      );
      await db
        .knex('projection_registry')
        .insert({ projection: projection.name, active_version: projection.version });
    }
    await seed?.(db);
  }, 30_000);
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });
  return {
    get db() {
      return db;
    },
    table: (projection: Projection, base: string) => versionedTable(base, projection.version),
  };
}
