export { DataDirError } from './DataDirError.js';
export { lockDataDir, LOCK_FILE, type DataDirLock, type LockHolder } from './lockDataDir.js';
export {
  FORMAT_FILE,
  PGLITE_FOLDER,
  PGLITE_VERSION,
  compatibilityKey,
  type DataFormat,
} from './dataFormat.js';
export { openEmbeddedDatabase } from './openEmbeddedDatabase.js';
export { backupDataDir } from './backupDataDir.js';
export { restoreDataDir } from './restoreDataDir.js';
export { backupSocketPath } from './backupSocket.js';
