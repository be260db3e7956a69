export type { Database, QueryBinding } from './Database.js';
export { createPostgresDatabase, type PostgresOptions } from './createPostgresDatabase.js';
// createPgliteDatabase is imported from './createPgliteDatabase.js' where the embedded database runs, so PGlite loads only there.
export { withSchemaLock } from './withSchemaLock.js';
