import { resolve } from 'node:path';
import { requestBackup, type BackupAnswer } from './backupSocket.js';
import { writeBackup } from './backupArchive.js';
import { DataDirError } from './DataDirError.js';
import { openEmbeddedDatabase } from './openEmbeddedDatabase.js';

/**
 * Backs up DATA_DIR into `file`: through the running process that holds the folder (it takes the
 * snapshot between two statements while it keeps serving), or, when nothing runs on the folder,
 * by opening it here.
 */
export async function backupDataDir(
  dataDir: string,
  file: string,
): Promise<BackupAnswer & { ok: true; live: boolean }> {
  const target = resolve(file);
  const answer = await requestBackup(dataDir, target);
  if (answer && !answer.ok)
    throw new DataDirError(`The running process could not back up ${resolve(dataDir)}: ${answer.error}`);
  if (answer) return { ...answer, live: true };
  const db = await openEmbeddedDatabase(dataDir, { serveBackups: false });
  try {
    const written = await writeBackup({
      dataDir: resolve(dataDir),
      format: db.format,
      snapshot: () => db.snapshot!(),
      file: target,
    });
    return { ok: true, file: target, ...written, live: false };
  } finally {
    await db.close();
  }
}
