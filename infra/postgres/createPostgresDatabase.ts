import knexFactory from 'knex';
import pg from 'pg';
import type { Database, QueryBinding } from './Database.js';
import { PgListener } from './PgListener.js';

// int8 and numeric positions come back as numbers: positions stay below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export interface PostgresOptions {
  connectionString: string;
  poolMax?: number;
  applicationName?: string;
}

/** A Database on a real PostgreSQL server: a knex pool plus one dedicated, self-healing LISTEN connection. */
export async function createPostgresDatabase(options: PostgresOptions): Promise<Database> {
  const knex = knexFactory({
    client: 'pg',
    connection: { connectionString: options.connectionString, application_name: options.applicationName },
    pool: { min: 0, max: options.poolMax ?? 10 },
  });
  await knex.raw('select 1');
  const listener = new PgListener(options.connectionString);

  const numbered = new Map<string, string>();
  const toNumbered = (sql: string) => {
    let text = numbered.get(sql);
    if (text === undefined) {
      let n = 0;
      text = sql.replace(/\?/g, () => `$${++n}`);
      numbered.set(sql, text);
    }
    return text;
  };

  return {
    kind: 'postgres',
    knex,
    async preparedQuery<Row>(name: string, sql: string, bindings: readonly QueryBinding[]) {
      const connection = (await knex.client.acquireConnection()) as pg.Client;
      try {
        const result = await connection.query<Row & pg.QueryResultRow>({
          name,
          text: toNumbered(sql),
          values: [...bindings],
        });
        return result.rows;
      } finally {
        await knex.client.releaseConnection(connection);
      }
    },
    listen: (channel, onNotify, onReset) => listener.listen(channel, onNotify, onReset),
    async close() {
      await listener.close();
      await knex.destroy();
    },
  };
}
