import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { pack } from 'tar-stream';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackup, writeBackup } from './backupArchive.js';
import { PGLITE_VERSION } from './dataFormat.js';

const root = mkdtempSync(join(tmpdir(), 'archive-unit-'));

async function craft(file: string, entries: Record<string, string>): Promise<void> {
  const archive = pack();
  const written = pipeline(archive, createGzip(), createWriteStream(file));
  for (const [name, body] of Object.entries(entries)) archive.entry({ name }, body);
  archive.finalize();
  await written;
}

const manifest = (pglite: string) =>
  JSON.stringify({ kind: 'eventide-backup', createdAt: 'now', pglite, postgres: '18' });

describe('backup archive', () => {
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('when a folder is backed up, the archive should hold the snapshot and every file but the database, lock and version record', async () => {
    const source = join(root, 'source');
    mkdirSync(join(source, 'keys'), { recursive: true });
    mkdirSync(join(source, 'pglite'), { recursive: true });
    writeFileSync(join(source, 'keys', 'data-key-secret'), 'secret', { mode: 0o600 });
    writeFileSync(join(source, 'pglite', 'PG_VERSION'), '18');
    writeFileSync(join(source, 'eventide.lock'), '{}');
    writeFileSync(join(source, 'blob.tmp'), 'half-written');
    const file = join(root, 'out', 'b.tar.gz');
    const format = { pglite: PGLITE_VERSION, postgres: '18', createdAt: 'then', openedAt: 'now' };
    const written = await writeBackup({
      dataDir: source,
      format,
      snapshot: async () => Buffer.from('db'),
      file,
    });
    expect(written.files).toBe(1);
    expect(existsSync(`${file}.partial`)).toBe(false);

    const target = join(root, 'target');
    const read = await readBackup(file, target);
    expect(Buffer.from(read.database).toString()).toBe('db');
    expect(read.manifest).toMatchObject({ pglite: PGLITE_VERSION, postgres: '18', dataCreatedAt: 'then' });
    expect(readFileSync(join(target, 'keys', 'data-key-secret'), 'utf8')).toBe('secret');
    expect(existsSync(join(target, 'pglite'))).toBe(false);
    expect(existsSync(join(target, 'blob.tmp'))).toBe(false);
  });

  it('when a backup names a file outside the folder, it should be refused and nothing written outside', async () => {
    const file = join(root, 'evil.tar.gz');
    mkdirSync(root, { recursive: true });
    await craft(file, {
      'backup.json': manifest(PGLITE_VERSION),
      'files/../../escaped': 'x',
      'pglite.tar': 'db',
    });
    await expect(readBackup(file, join(root, 'target'))).rejects.toThrow('outside the data folder');
    expect(existsSync(join(root, 'escaped'))).toBe(false);
  });

  it('when a backup was made by an incompatible PGlite or is not a backup, it should be refused with a message', async () => {
    mkdirSync(root, { recursive: true });
    await craft(join(root, 'old.tar.gz'), { 'backup.json': manifest('0.2.17'), 'pglite.tar': 'db' });
    await expect(readBackup(join(root, 'old.tar.gz'), join(root, 't1'))).rejects.toThrow(
      `was made with PGlite 0.2.17 (PostgreSQL 18); this build runs PGlite ${PGLITE_VERSION}`,
    );
    writeFileSync(join(root, 'junk.tar.gz'), 'not a backup');
    await expect(readBackup(join(root, 'junk.tar.gz'), join(root, 't2'))).rejects.toThrow(
      'is not a readable Eventide backup',
    );
  });
});
