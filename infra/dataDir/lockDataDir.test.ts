import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirError } from './DataDirError.js';
import { LOCK_FILE, lockDataDir } from './lockDataDir.js';

describe('lockDataDir', () => {
  let dataDir = '';
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'lock-unit-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('when the folder is locked, a second lock should throw a DataDirError naming the folder and the holder, and succeed once released', () => {
    const lock = lockDataDir(dataDir);
    expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    expect(() => lockDataDir(dataDir)).toThrow(DataDirError);
    expect(() => lockDataDir(dataDir)).toThrow(
      `The data folder ${dataDir} is in use by another process (pid ${process.pid} on `,
    );
    lock.release();
    const again = lockDataDir(dataDir);
    again.release();
  });

  it('when the lock file names a holder that no longer holds the lock (killed), it should lock at once', () => {
    writeFileSync(
      join(dataDir, LOCK_FILE),
      JSON.stringify({
        pid: 999_999,
        host: 'gone',
        startedAt: '2020-01-01T00:00:00.000Z',
        command: 'killed',
      }),
    );
    const lock = lockDataDir(dataDir);
    expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });
});
