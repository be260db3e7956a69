import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGLITE_FOLDER, PGLITE_VERSION } from '../../infra/dataDir/index.js';
import type { Database } from '../../infra/postgres/index.js';
import { createPgliteDatabase } from '../../infra/postgres/createPgliteDatabase.js';

/**
 * An empty PGlite cluster made once per machine and PGlite version: a data folder (as `npm start`
 * writes it) and a snapshot for in-memory databases. Starting from a copy skips `initdb`, most
 * of what a new embedded database costs; the database is the same. The tests that check a fresh
 * folder (`npm start` on an empty DATA_DIR) still start without it.
 */
const ROOT = join(tmpdir(), `eventide-pglite-template-${PGLITE_VERSION}`);
const FOLDER = join(ROOT, PGLITE_FOLDER);
const SNAPSHOT = join(ROOT, 'snapshot.tar');
const READY = join(ROOT, 'ready');

/** Vitest global setup: makes the template unless an earlier run did. */
export default async function makePgliteTemplate(): Promise<void> {
  if (existsSync(READY)) return;
  const work = mkdtempSync(`${ROOT}-`);
  try {
    const onDisk = await createPgliteDatabase({ dataDir: join(work, PGLITE_FOLDER) });
    await onDisk.close();
    const inMemory = await createPgliteDatabase();
    writeFileSync(join(work, 'snapshot.tar'), await inMemory.snapshot!());
    await inMemory.close();
    writeFileSync(join(work, 'ready'), PGLITE_VERSION);
    rmSync(ROOT, { recursive: true, force: true });
    renameSync(work, ROOT);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Fills an empty DATA_DIR with the template's database folder. */
export function seedDataDir(dataDir: string): void {
  cpSync(FOLDER, join(dataDir, PGLITE_FOLDER), { recursive: true });
}

/** An in-memory PGlite database started from the template's snapshot. */
export function templatedPglite(): Promise<Database> {
  return createPgliteDatabase({ loadDataDir: readFileSync(SNAPSHOT) });
}
