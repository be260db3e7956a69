import pg from 'pg';

async function countIn(databaseUrl: string, query: (client: pg.Client) => Promise<string>): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>(await query(client));
    return Number(result.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/** Rows of Parse's "Job" class table. */
export function parseJobCount(databaseUrl: string): Promise<number> {
  return countIn(databaseUrl, async () => `select count(*) as n from "Job"`);
}

/** Documents of the `jobs` collection in Eventide's documents read model (its active version's table). */
export function eventideJobCount(databaseUrl: string): Promise<number> {
  return countIn(databaseUrl, async (client) => {
    const tables = await client.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_name ~ '^rm_documents_v[0-9]+$'
       order by length(table_name) desc, table_name desc limit 1`,
    );
    const table = tables.rows[0]?.table_name;
    if (!table) throw new Error('no documents read model in the Eventide database');
    return `select count(*) as n from ${table} where collection = 'jobs'`;
  });
}
