import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { extract, pack } from 'tar-stream';
import { DataDirError } from './DataDirError.js';
import {
  compatibilityKey,
  FORMAT_FILE,
  PGLITE_FOLDER,
  PGLITE_VERSION,
  type DataFormat,
} from './dataFormat.js';
import { LOCK_FILE } from './lockDataDir.js';

const MANIFEST = 'backup.json';
const DATABASE = 'pglite.tar';
const FILES = 'files/';

export interface BackupManifest {
  kind: 'eventide-backup';
  createdAt: string;
  pglite: string;
  postgres: string;
  dataCreatedAt?: string;
}

export interface BackupContents {
  manifest: BackupManifest;
  database: Uint8Array;
  files: number;
}

/** Every file of DATA_DIR that is not the database itself nor owned by the running process. */
function dataFiles(dataDir: string, skip: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const name = relative(dataDir, path);
      if (name === PGLITE_FOLDER || name === LOCK_FILE || name === FORMAT_FILE || path === skip) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && !/\.(tmp|partial)$/.test(entry.name)) found.push(name);
    }
  };
  walk(dataDir);
  return found;
}

/**
 * Writes a backup (a .tar.gz: a manifest, the database snapshot, and every other file of DATA_DIR:
 * keys, blobs, mail) to `file`, atomically (a `.partial` file renamed at the end). The snapshot is
 * taken first: blobs and keys are written before the rows that refer to them, so every one the
 * snapshot needs is on disk by the time the files are copied.
 */
export async function writeBackup(options: {
  dataDir: string;
  format: DataFormat;
  snapshot: () => Promise<Uint8Array>;
  file: string;
}): Promise<{ bytes: number; files: number }> {
  const target = resolve(options.file);
  const partial = `${target}.partial`;
  const database = await options.snapshot();
  const manifest: BackupManifest = {
    kind: 'eventide-backup',
    createdAt: new Date().toISOString(),
    pglite: PGLITE_VERSION,
    postgres: options.format.postgres,
    dataCreatedAt: options.format.createdAt,
  };
  const files = dataFiles(resolve(options.dataDir), partial);
  mkdirSync(dirname(target), { recursive: true });
  const archive = pack();
  const written = pipeline(archive, createGzip(), createWriteStream(partial, { mode: 0o600 }));
  written.catch(() => undefined); // awaited below; an earlier failure must not go unhandled
  try {
    archive.entry({ name: MANIFEST }, JSON.stringify(manifest, null, 2));
    archive.entry({ name: DATABASE }, Buffer.from(database));
    for (const name of files) {
      const path = join(options.dataDir, name);
      const body = await readFile(path).catch(() => undefined); // a blob deleted meanwhile
      if (!body) continue;
      archive.entry({ name: FILES + name.split(sep).join('/'), mode: (await stat(path)).mode & 0o777 }, body);
    }
    archive.finalize();
    await written;
    await rename(partial, target);
  } catch (error) {
    archive.destroy();
    await rm(partial, { force: true });
    throw error;
  }
  return { bytes: (await stat(target)).size, files: files.length };
}

/** Reads a backup, writing its DATA_DIR files under `dataDir` (which must be a fresh folder). */
export async function readBackup(file: string, dataDir: string): Promise<BackupContents> {
  if (!existsSync(file)) throw new DataDirError(`No backup at ${resolve(file)}.`);
  let manifest: BackupManifest | undefined;
  let database: Uint8Array | undefined;
  let files = 0;
  const entries = extract();
  const reading = pipeline(createReadStream(file), createGunzip(), entries);
  reading.catch(() => undefined); // its failures also end the loop below, which reports them
  try {
    for await (const entry of entries) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks);
      const name = entry.header.name;
      if (name === MANIFEST) manifest = JSON.parse(body.toString('utf8')) as BackupManifest;
      else if (name === DATABASE) database = body;
      else if (name.startsWith(FILES) && entry.header.type === 'file') {
        const path = safePath(dataDir, name.slice(FILES.length));
        mkdirSync(dirname(path), { recursive: true });
        await writeFile(path, body, { mode: entry.header.mode ?? 0o600 });
        files++;
      }
      if (manifest) assertRestorable(file, manifest);
    }
    await reading;
  } catch (error) {
    if (error instanceof DataDirError) throw error;
    throw new DataDirError(
      `${resolve(file)} is not a readable Eventide backup (${(error as Error).message}).`,
    );
  }
  if (manifest?.kind !== 'eventide-backup' || !database)
    throw new DataDirError(`${resolve(file)} is not an Eventide backup (no ${MANIFEST} or ${DATABASE}).`);
  return { manifest, database, files };
}

function assertRestorable(file: string, manifest: BackupManifest): void {
  if (compatibilityKey(manifest.pglite) === compatibilityKey(PGLITE_VERSION)) return;
  throw new DataDirError(
    `The backup ${resolve(file)} was made with PGlite ${manifest.pglite} (PostgreSQL ${manifest.postgres}); ` +
      `this build runs PGlite ${PGLITE_VERSION} and cannot read it. Restore it with the Eventide version that made it.`,
  );
}

function safePath(root: string, name: string): string {
  const path = resolve(root, name);
  if (isAbsolute(name) || !path.startsWith(resolve(root) + sep))
    throw new DataDirError(`The backup holds a file outside the data folder: ${name}.`);
  return path;
}
