import { afterAll, beforeAll } from 'vitest';
import { createPostgresDatabase, type Database } from '../../infra/postgres/index.js';
import { createTestDatabase, postgresAvailable } from './testDatabase.js';

/**
 * An empty Postgres database of its own for the calling test file (or describe block), opened
 * before its tests (then `prepare` runs) and dropped after them. `db` stays undefined when
 * Postgres is not there: tests skip.
 */
export function freshDatabase(prepare?: (db: Database) => Promise<void>): {
  readonly db: Database | undefined;
} {
  let db: Database | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!(await postgresAvailable())) return;
    const database = await createTestDatabase();
    drop = database.drop;
    db = await createPostgresDatabase({ connectionString: database.url });
    await prepare?.(db);
  }, 30_000);
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });
  return {
    get db() {
      return db;
    },
  };
}
