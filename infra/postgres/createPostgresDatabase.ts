import knexFactory from 'knex';
import pg from 'pg';
import type { Database } from './Database.js';

// int8 and numeric positions come back as numbers: positions stay below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export interface PostgresOptions {
  connectionString: string;
  poolMax?: number;
  applicationName?: string;
}

/** A Database on a real PostgreSQL server: a knex pool plus one dedicated LISTEN connection. */
export async function createPostgresDatabase(options: PostgresOptions): Promise<Database> {
  const knex = knexFactory({
    client: 'pg',
    connection: { connectionString: options.connectionString, application_name: options.applicationName },
    pool: { min: 0, max: options.poolMax ?? 10 },
  });
  await knex.raw('select 1');
  let listener: pg.Client | undefined;
  const handlers = new Map<string, Set<(payload: string) => void>>();

  async function listenerClient(): Promise<pg.Client> {
    if (listener) return listener;
    const client = new pg.Client({ connectionString: options.connectionString });
    await client.connect();
    client.on('notification', (message) => {
      for (const handler of handlers.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    client.on('error', () => {
      // A broken LISTEN connection only slows wake-ups: subscribers also poll on a timer.
    });
    listener = client;
    return client;
  }

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
    async preparedQuery<Row>(name: string, sql: string, bindings: readonly (string | number)[]) {
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
    async listen(channel, onNotify) {
      const client = await listenerClient();
      let set = handlers.get(channel);
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
        await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      }
      set.add(onNotify);
      return async () => {
        set.delete(onNotify);
      };
    },
    async close() {
      await listener?.end().catch(() => undefined);
      await knex.destroy();
    },
  };
}
