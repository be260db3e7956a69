export type { Database } from './Database.js';
export { createPostgresDatabase, type PostgresOptions } from './createPostgresDatabase.js';
export { createPgliteDatabase } from './createPgliteDatabase.js';
export { withSchemaLock } from './withSchemaLock.js';
