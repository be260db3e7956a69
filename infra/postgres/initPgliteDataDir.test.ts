import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPgliteDatabase, PGLITE_SHARED_BUFFERS } from './createPgliteDatabase.js';
import { hasPgliteCluster, initPgliteDataDir } from './initPgliteDataDir.js';

const folders: string[] = [];
const freshParent = () => {
  const parent = mkdtempSync(join(tmpdir(), 'initdb-'));
  folders.push(parent);
  return parent;
};
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('initPgliteDataDir', () => {
  it('when the folder is new, a child process should make its cluster (none is made in this process) and nothing else should be left beside it', async () => {
    const parent = freshParent();
    const dataDir = join(parent, 'pglite');
    // A temporary folder of an attempt that crashed (this process's pid: as a restart would find it).
    mkdirSync(`${dataDir}.initdb-${process.pid}`);
    writeFileSync(join(`${dataDir}.initdb-${process.pid}`, 'half-written'), 'x');
    await initPgliteDataDir(dataDir);
    expect(hasPgliteCluster(dataDir)).toBe(true);
    expect(readdirSync(parent)).toEqual(['pglite']);
    const db = await createPgliteDatabase({ dataDir });
    try {
      await db.knex.raw('create table t (id int primary key)');
      await db.knex('t').insert({ id: 1 });
      expect(await db.knex('t').count<{ count: number }[]>('* as count')).toEqual([{ count: 1 }]);
      const shown = await db.knex.raw<{ rows: { shared_buffers: string }[] }>('show shared_buffers');
      expect(shown.rows[0]!.shared_buffers).toBe(PGLITE_SHARED_BUFFERS);
    } finally {
      await db.close();
    }
  }, 60_000);

  it('when the folder holds a cluster, it should be left as it is, data and all', async () => {
    const dataDir = join(freshParent(), 'pglite');
    const first = await createPgliteDatabase({ dataDir });
    await first.knex.raw('create table kept (id int)');
    await first.close();
    const before = statSync(join(dataDir, 'PG_VERSION')).mtimeMs;
    await initPgliteDataDir(dataDir);
    expect(statSync(join(dataDir, 'PG_VERSION')).mtimeMs).toBe(before);
    const again = await createPgliteDatabase({ dataDir });
    try {
      expect(
        (await again.knex.raw<{ rows: unknown[] }>("select 1 from pg_tables where tablename = 'kept'")).rows,
      ).toHaveLength(1);
    } finally {
      await again.close();
    }
  }, 60_000);

  it('when the folder holds files but no cluster, it should refuse and leave them', async () => {
    const dataDir = join(freshParent(), 'pglite');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'notes.txt'), 'mine');
    await expect(initPgliteDataDir(dataDir)).rejects.toThrow();
    expect(readdirSync(dataDir)).toEqual(['notes.txt']);
    expect(readdirSync(join(dataDir, '..'))).toEqual(['pglite']);
  }, 60_000);
});
