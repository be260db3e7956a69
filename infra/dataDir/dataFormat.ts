import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DataDirError } from './DataDirError.js';

/** The file, in DATA_DIR, that records which PGlite (and Postgres major) wrote the database. */
export const FORMAT_FILE = 'data-format.json';
/** Where the PGlite database lives inside DATA_DIR. */
export const PGLITE_FOLDER = 'pglite';

export interface DataFormat {
  pglite: string;
  postgres: string;
  createdAt: string;
  openedAt: string;
}

/** The PGlite version this build runs (from its package.json, which its exports map hides). */
export const PGLITE_VERSION = (() => {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = join(dirname(entry), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
})();

/**
 * PGlite's on-disk format may change with each breaking release: the minor before 1.0 (0.4 and
 * 0.5 differ), the major after it. Versions with the same key open each other's folders.
 */
export function compatibilityKey(version: string): string {
  const [major = '0', minor = '0'] = version.split('.');
  return major === '0' ? `0.${minor}` : major;
}

export function readDataFormat(dataDir: string): DataFormat | undefined {
  const file = join(dataDir, FORMAT_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<DataFormat>;
    if (typeof parsed.pglite !== 'string') throw new Error('no pglite version');
    return parsed as DataFormat;
  } catch (error) {
    throw new DataDirError(
      `${file} is damaged (${(error as Error).message}): the data folder ${dataDir} cannot be trusted. ` +
        restoreAdvice(dataDir),
    );
  }
}

/** Refuses, before PGlite touches it, a folder written by a PGlite with another on-disk format. */
export function assertCompatible(dataDir: string, format: DataFormat | undefined): void {
  if (!format || compatibilityKey(format.pglite) === compatibilityKey(PGLITE_VERSION)) return;
  throw new DataDirError(
    `The database in ${dataDir} was written by PGlite ${format.pglite} (PostgreSQL ${format.postgres}); ` +
      `this build runs PGlite ${PGLITE_VERSION}, which cannot open it. Either run the Eventide ` +
      `version that uses PGlite ${format.pglite}, or restore a backup made by this version ` +
      `into a fresh folder (npm run data -- restore <file> <folder>).`,
  );
}

/** Records the running versions; `createdAt` is kept from an earlier record. */
export function writeDataFormat(dataDir: string, postgres: string, previous?: DataFormat): void {
  const now = new Date().toISOString();
  const format: DataFormat = {
    pglite: PGLITE_VERSION,
    postgres,
    createdAt: previous?.createdAt ?? now,
    openedAt: now,
  };
  writeFileSync(join(dataDir, FORMAT_FILE), `${JSON.stringify(format, null, 2)}\n`);
}

export function restoreAdvice(dataDir: string): string {
  return (
    `Restore a backup into a fresh folder (npm run data -- restore <file> <folder>) and point ` +
    `DATA_DIR at it; keep ${dataDir} for inspection.`
  );
}
