import type { Database } from '../../infra/postgres/index.js';
import { ensureProjectorSchema, versionedTable, type Projection } from '../../projectors/runtime/index.js';
import { freshDatabase } from './freshDatabase.js';

/**
 * A fresh Postgres database for one test file holding the read-model tables of `projections`
 * (their own `setup`, registered as the active versions), then `seed`, for tests that insert
 * rows and read. `db` stays undefined when Postgres is not there (tests skip); `table` names a
 * physical table.
 */
export function readModelDatabase(
  projections: readonly Projection[],
  seed?: (db: Database) => Promise<void>,
) {
  const fresh = freshDatabase(async (db) => {
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
  });
  return {
    get db() {
      return fresh.db;
    },
    table: (projection: Projection, base: string) => versionedTable(base, projection.version),
  };
}
