import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import knexFactory from 'knex';
import type { Knex } from 'knex';
import ClientPgLite from 'knex-pglite';
import type { Database, QueryBinding } from './Database.js';
import { durableStartParams, FsyncingNodeFS } from './FsyncingNodeFS.js';
import { initPgliteDataDir } from './initPgliteDataDir.js';

/**
 * Postgres's buffer cache inside PGlite (Postgres's default is 128MB). Every page of it is
 * WebAssembly memory of this process, while the files under it are read through the system's
 * page cache anyway (or are in memory already, without a folder): 16MB keeps an idle embedded
 * server's resident memory near 150 MB smaller than the default.
 */
export const PGLITE_SHARED_BUFFERS = '16MB';

/**
 * A Database on PGlite: Postgres compiled to WebAssembly, running in this process.
 * `dataDir` keeps the data on disk across restarts (a new folder's cluster is made by a child
 * process: initPgliteDataDir); omit it for an in-memory database.
 * `loadDataDir` fills a new folder from a `snapshot()` of another database.
 */
export async function createPgliteDatabase(
  options: { dataDir?: string; loadDataDir?: Uint8Array } = {},
): Promise<Database> {
  if (options.dataDir) {
    mkdirSync(dirname(options.dataDir), { recursive: true });
    if (!options.loadDataDir) await initPgliteDataDir(options.dataDir);
    mkdirSync(options.dataDir, { recursive: true });
  }
  const startParams = [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`];
  const pglite = new PGlite({
    // On disk, a commit is acknowledged only once its WAL is fsynced (see FsyncingNodeFS).
    ...(options.dataDir
      ? { fs: new FsyncingNodeFS(options.dataDir), startParams: durableStartParams(startParams) }
      : { startParams }),
    parsers: { 20: (value: string) => Number(value) },
    ...(options.loadDataDir ? { loadDataDir: new Blob([options.loadDataDir]) } : {}),
  });
  await pglite.waitReady;
  const knex = knexFactory({
    client: ClientPgLite as unknown as typeof knexFactory.Client,
    dialect: 'postgres',
    connection: () => ({ pglite }) as object,
  });
  return {
    kind: 'pglite',
    knex,
    async listen(channel, onNotify) {
      const unsubscribe = await pglite.listen(channel, onNotify);
      return async () => unsubscribe();
    },
    async preparedQuery<Row>(_name: string, sql: string, bindings: readonly QueryBinding[]) {
      return (await knex.raw<{ rows: Row[] }>(sql, [...bindings] as Knex.RawBinding[])).rows;
    },
    async snapshot() {
      // A checkpoint first, so a restore has little WAL to replay.
      await pglite.exec('CHECKPOINT');
      return new Uint8Array(await (await pglite.dumpDataDir('none')).arrayBuffer());
    },
    async close() {
      await knex.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}
