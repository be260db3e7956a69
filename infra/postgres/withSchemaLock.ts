import type { Knex } from 'knex';

/**
 * Runs schema set-up (CREATE TABLE IF NOT EXISTS and the like) in one transaction under an
 * advisory lock named after it. Concurrent `IF NOT EXISTS` statements can still collide in
 * the catalog (a unique violation on pg_type); two processes starting together, or one
 * starting while a killed one's backend finishes its statement, must take turns.
 */
export function withSchemaLock<T>(
  knex: Knex,
  name: string,
  setUp: (trx: Knex.Transaction) => Promise<T>,
): Promise<T> {
  return knex.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`schema:${name}`]);
    return setUp(trx);
  });
}
