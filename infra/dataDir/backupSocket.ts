import { createHash } from 'node:crypto';
import { chmodSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataDirError } from './DataDirError.js';

export interface BackupRequest {
  command: 'backup';
  file: string;
}
export type BackupAnswer =
  { ok: true; file: string; bytes: number; files: number } | { ok: false; error: string };

/**
 * Where the process that holds a data folder listens for backup requests: a unix socket in the
 * folder (only who can read the folder, and so its keys, can ask), in the temp folder when that
 * path is too long for a socket, a named pipe on Windows.
 */
export function backupSocketPath(dataDir: string): string {
  const folder = resolve(dataDir);
  const id = createHash('sha256').update(folder).digest('hex').slice(0, 16);
  if (process.platform === 'win32') return `\\\\.\\pipe\\eventide-${id}`;
  const inFolder = join(folder, 'eventide.sock');
  return Buffer.byteLength(inFolder) <= 100 ? inFolder : join(tmpdir(), `eventide-${id}.sock`);
}

/** Answers backup requests on the folder's socket. Only the lock holder may call it. */
export async function serveBackups(
  dataDir: string,
  backup: (file: string) => Promise<BackupAnswer>,
): Promise<{ close(): Promise<void> }> {
  const path = backupSocketPath(dataDir);
  // Whoever holds the lock owns the socket: one left by a killed process is stale.
  if (process.platform !== 'win32') rmSync(path, { force: true });
  const server: Server = createServer((socket) => {
    let input = '';
    socket.setEncoding('utf8');
    socket.on('error', () => socket.destroy());
    socket.on('data', (chunk: string) => {
      input += chunk;
      if (!input.includes('\n')) return;
      void answer(input.slice(0, input.indexOf('\n'))).then((reply) =>
        socket.end(`${JSON.stringify(reply)}\n`),
      );
    });
  });
  const answer = async (line: string): Promise<BackupAnswer> => {
    try {
      const request = JSON.parse(line) as Partial<BackupRequest>;
      if (request.command !== 'backup' || typeof request.file !== 'string')
        return { ok: false, error: 'expected {"command":"backup","file":"/absolute/path"}' };
      return await backup(request.file);
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  };
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(path, () => done());
  });
  if (process.platform !== 'win32') chmodSync(path, 0o600);
  return {
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
      }),
  };
}

/**
 * Asks the process that holds the folder for a backup. Resolves to undefined when no process
 * listens (nobody runs on the folder), so the caller can back it up itself.
 */
export async function requestBackup(dataDir: string, file: string): Promise<BackupAnswer | undefined> {
  const path = backupSocketPath(dataDir);
  return new Promise((done, fail) => {
    const socket = createConnection(path);
    let output = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`${JSON.stringify({ command: 'backup', file })}\n`));
    socket.on('data', (chunk: string) => (output += chunk));
    socket.on('end', () => {
      try {
        done(JSON.parse(output) as BackupAnswer);
      } catch {
        fail(new DataDirError(`The process holding ${dataDir} closed the backup socket without an answer.`));
      }
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ECONNREFUSED') done(undefined);
      else fail(error);
    });
  });
}
