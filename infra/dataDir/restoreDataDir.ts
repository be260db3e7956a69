import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readBackup } from './backupArchive.js';
import { DataDirError } from './DataDirError.js';
import { PGLITE_FOLDER, writeDataFormat } from './dataFormat.js';
import { lockDataDir } from './lockDataDir.js';
import { postgresMajor } from './openEmbeddedDatabase.js';

/**
 * Restores a backup into a fresh (absent or empty) folder: the DATA_DIR files, then the database,
 * which PGlite opens once (replaying the WAL the snapshot held) and shuts down cleanly.
 */
export async function restoreDataDir(
  file: string,
  dataDir: string,
): Promise<{ files: number; createdAt: string }> {
  const folder = resolve(dataDir);
  if (existsSync(folder) && readdirSync(folder).length > 0)
    throw new DataDirError(`${folder} is not empty: a backup is restored into a fresh folder only.`);
  const lock = lockDataDir(folder);
  try {
    const backup = await readBackup(file, folder);
    const db = await (
      await import('../postgres/createPgliteDatabase.js')
    ).createPgliteDatabase({
      dataDir: join(folder, PGLITE_FOLDER),
      loadDataDir: backup.database,
    });
    try {
      const postgres = await postgresMajor(db);
      const createdAt = backup.manifest.dataCreatedAt ?? backup.manifest.createdAt;
      writeDataFormat(folder, postgres, {
        pglite: backup.manifest.pglite,
        postgres,
        createdAt,
        openedAt: createdAt,
      });
    } finally {
      await db.close();
    }
    return { files: backup.files, createdAt: backup.manifest.createdAt };
  } finally {
    lock.release();
  }
}
