import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { createPgliteDatabase } from './createPgliteDatabase.js';
import { durableStartParams, FsyncingNodeFS } from './FsyncingNodeFS.js';

describe('durable PGlite on disk', () => {
  it('when transactions commit on disk, each commit should fsync its WAL before it returns', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fsync-'));
    const fs = new FsyncingNodeFS(dataDir);
    const pglite = new PGlite({ fs, startParams: durableStartParams(PGlite.defaultStartParams) });
    try {
      await pglite.exec('create table t (id serial primary key)');
      const before = fs.syncs;
      for (let i = 0; i < 20; i++) await pglite.query('insert into t default values');
      expect(fs.syncs - before).toBeGreaterThanOrEqual(20);
    } finally {
      await pglite.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('when a database is created on disk, fsync should be on; in memory it may stay off', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fsync-'));
    const onDisk = await createPgliteDatabase({ dataDir });
    const inMemory = await createPgliteDatabase();
    try {
      const show = async (db: typeof onDisk, name: string) =>
        Object.values((await db.knex.raw<{ rows: Record<string, string>[] }>(`show ${name}`)).rows[0]!)[0];
      expect(await show(onDisk, 'fsync')).toBe('on');
      expect(await show(onDisk, 'wal_sync_method')).toBe('fsync');
      expect(await show(inMemory, 'fsync')).toBe('off');
    } finally {
      await onDisk.close();
      await inMemory.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
