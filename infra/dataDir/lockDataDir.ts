import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { tryLock, unlock } from 'fs-native-extensions';
import { DataDirError } from './DataDirError.js';

export const LOCK_FILE = 'eventide.lock';

export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  command: string;
}

export interface DataDirLock {
  readonly dataDir: string;
  release(): void;
}

/**
 * Takes the exclusive lock on a data folder, or throws a DataDirError naming the process that
 * holds it. The lock is an operating-system lock on DATA_DIR/eventide.lock (an open-file-
 * description lock on Linux, flock on macOS, LockFileEx on Windows): the kernel drops it when
 * the holder exits in any way, SIGKILL included, so a stale lock cannot block a restart and a
 * live holder is never mistaken for a dead one (no time-out, no pid guessing). The file itself
 * stays; it only tells who holds the lock.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const folder = resolve(dataDir);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, LOCK_FILE);
  const fd = openSync(path, 'a+', 0o600);
  let locked: boolean;
  try {
    locked = tryLock(fd);
  } catch (error) {
    closeSync(fd);
    throw new DataDirError(
      `The data folder ${folder} cannot be locked (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): ` +
        'its file system does not support locks. Put DATA_DIR on a local disk.',
    );
  }
  if (!locked) {
    closeSync(fd);
    throw new DataDirError(
      `The data folder ${folder} is in use by another process (${describeHolder(readHolder(path))}). ` +
        'Two processes on one folder would overwrite each other: stop that process first, ' +
        'or give this one its own DATA_DIR.',
    );
  }
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    command: process.argv.slice(1).join(' ').slice(0, 300),
  };
  ftruncateSync(fd, 0);
  writeSync(fd, `${JSON.stringify(holder)}\n`, 0);
  let released = false;
  return {
    dataDir: folder,
    release() {
      if (released) return;
      released = true;
      ftruncateSync(fd, 0);
      unlock(fd);
      closeSync(fd);
    },
  };
}

function readHolder(path: string): Partial<LockHolder> {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
  } catch {
    return {};
  }
}

function describeHolder(holder: Partial<LockHolder>): string {
  if (holder.pid === undefined) return 'a process that has not yet written its pid';
  return `pid ${holder.pid} on ${holder.host ?? 'an unknown host'}, started ${holder.startedAt ?? 'at an unknown time'}: ${holder.command ?? ''}`.trim();
}
