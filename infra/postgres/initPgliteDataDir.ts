import { execFile } from 'node:child_process';
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

// Runs in a child Node process: PGlite's initdb into the folder named by its one argument.
const INITDB_SCRIPT = `
const { PGlite } = require(process.argv[1]);
const pg = new PGlite(process.argv[2]);
pg.waitReady.then(() => pg.close()).then(
  () => process.exit(0),
  (error) => { console.error(error); process.exit(1); },
);`;

/** Whether `dataDir` holds a Postgres cluster already (what PGlite itself checks). */
export const hasPgliteCluster = (dataDir: string) => existsSync(join(dataDir, 'PG_VERSION'));

function syncOne(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncTree(path: string): void {
  if (statSync(path).isDirectory()) for (const name of readdirSync(path)) syncTree(join(path, name));
  syncOne(path);
}

/**
 * Creates the Postgres cluster of an empty embedded data folder, as PGlite would when opening it,
 * but in a child process. PGlite runs initdb in a second WebAssembly instance of the opening
 * process, whose heap (about 500 MB) then stays in that process's resident memory until a full
 * collection, which an idle server never triggers (an embedded server held 814 MB idle). Run
 * apart, it is returned to the system when the child exits. The cluster is written into a
 * folder beside `dataDir`, synced to disk (files and folders, as initdb does), and renamed into
 * place: a crash during initdb leaves no half-made cluster behind, only the temporary folder,
 * removed by the next attempt. Nothing is done when `dataDir` holds a cluster.
 */
export async function initPgliteDataDir(dataDir: string): Promise<void> {
  if (hasPgliteCluster(dataDir)) return;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
    throw new Error(`${dataDir} holds files but no Postgres cluster: it is not an embedded database folder`);
  const building = `${dataDir}.initdb-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  try {
    await promisify(execFile)(process.execPath, ['-e', INITDB_SCRIPT, pglite, building], {
      maxBuffer: 1024 * 1024,
    });
    syncTree(building);
    // An empty folder made for it beforehand gives way.
    if (existsSync(dataDir)) rmSync(dataDir, { recursive: true });
    renameSync(building, dataDir);
    syncOne(dirname(dataDir));
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}
