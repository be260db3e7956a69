import { afterAll, beforeAll } from 'vitest';
import { createPostgresDatabase, type Database } from '../../infra/postgres/index.js';
import { createTestDatabase, postgresAvailable } from './testDatabase.js';

/**
 * A fresh database opened for the test file that calls this (in `beforeAll`) and dropped after
 * it; `db()` is undefined when Postgres is not there (tests skip).
 */
export function databaseForFile(): { db: () => Database | undefined } {
  let db: Database | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!(await postgresAvailable())) return;
    const database = await createTestDatabase();
    drop = database.drop;
    db = await createPostgresDatabase({ connectionString: database.url });
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });
  return { db: () => db };
}
