import { join } from 'node:path';
import type { Database } from '../postgres/index.js';
import { writeBackup } from './backupArchive.js';
import { serveBackups } from './backupSocket.js';
import { DataDirError } from './DataDirError.js';
import {
  assertCompatible,
  PGLITE_FOLDER,
  readDataFormat,
  restoreAdvice,
  writeDataFormat,
  type DataFormat,
} from './dataFormat.js';
import { lockDataDir } from './lockDataDir.js';

/** The Postgres major of an open database ("18"). */
export async function postgresMajor(db: Database): Promise<string> {
  const rows = (await db.knex.raw<{ rows: { server_version_num: string }[] }>('show server_version_num'))
    .rows;
  return String(Math.floor(Number(rows[0]?.server_version_num) / 10000));
}

/**
 * Opens the embedded database in DATA_DIR for this process alone: takes the folder's lock,
 * refuses a folder written by an incompatible PGlite (or one PGlite cannot open) with a message
 * instead of a WebAssembly abort, records the versions that opened it, and (unless `serveBackups`
 * is false) answers `npm run data -- backup` on the folder's socket. Closing the database
 * releases all of it.
 */
export async function openEmbeddedDatabase(
  dataDir: string,
  options: { serveBackups?: boolean } = {},
): Promise<Database & { format: DataFormat }> {
  const lock = lockDataDir(dataDir);
  const folder = lock.dataDir;
  let db: Database | undefined;
  try {
    const previous = readDataFormat(folder);
    assertCompatible(folder, previous);
    db = await (
      await import('../postgres/createPgliteDatabase.js')
    )
      .createPgliteDatabase({ dataDir: join(folder, PGLITE_FOLDER) })
      .catch((error: unknown) => {
        throw new DataDirError(
          `The embedded database in ${join(folder, PGLITE_FOLDER)} could not be opened ` +
            `(${(error as Error).message}${previous ? `; written by PGlite ${previous.pglite}` : ''}): ` +
            `it is damaged or was written by another PGlite version. ${restoreAdvice(folder)}`,
        );
      });
    const opened = db;
    writeDataFormat(folder, await postgresMajor(opened), previous);
    const format = readDataFormat(folder)!;
    const backups =
      options.serveBackups === false
        ? undefined
        : await serveBackups(folder, async (file) => ({
            ok: true as const,
            file,
            ...(await writeBackup({ dataDir: folder, format, snapshot: () => opened.snapshot!(), file })),
          }));
    return {
      ...opened,
      format,
      async close() {
        await backups?.close();
        await opened.close();
        lock.release();
      },
    };
  } catch (error) {
    await db?.close();
    lock.release();
    throw error;
  }
}
