import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_FILE, PGLITE_VERSION } from '../../infra/dataDir/index.js';
import { api, signUp } from '../support/api.js';
import { startEmbedded, startEmbeddedHealthy } from '../support/embeddedChild.js';
import { exitOf } from '../support/waitHealthy.js';

const password = 'correct horse battery staple';

function withFolder(prefix: string, body: (dataDir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dataDir = mkdtempSync(join(tmpdir(), prefix));
    try {
      await body(dataDir);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

describe('the embedded data folder', () => {
  it(
    'when a second process starts on a folder in use, it should exit 2 at once naming the folder and the holder; once the holder is SIGKILLed, a restart should start with the data',
    withFolder('lock-', async (dataDir) => {
      const first = await startEmbeddedHealthy(dataDir);
      const user = await signUp(api(first.url), 'First');

      const second = await startEmbedded(dataDir);
      const started = performance.now();
      expect(await exitOf(second.child)).toBe(2);
      const refusedInMs = Math.round(performance.now() - started);
      const message = second.child.output();
      expect(message).toContain(`The data folder ${dataDir} is in use by another process`);
      expect(message).toContain(`pid ${first.child.process.pid}`);
      expect(message).not.toMatch(/^\s+at /m);
      // The refused process touched nothing: the first one still serves.
      expect((await api(first.url).post('/v1/auth/login', { email: user.email, password })).status).toBe(200);

      await first.child.kill('SIGKILL');
      const restarted = await startEmbeddedHealthy(dataDir, first.port);
      expect((await api(restarted.url).post('/v1/auth/login', { email: user.email, password })).status).toBe(
        200,
      );
      await restarted.child.kill('SIGTERM');
      console.info(`second process refused in ${refusedInMs} ms (process start included)`);
    }),
    120_000,
  );

  it(
    'when two processes are started on one folder, the second should never serve, and all ten users registered meanwhile should sign in after a restart',
    withFolder('two-', async (dataDir) => {
      const first = await startEmbeddedHealthy(dataDir);
      const second = await startEmbedded(dataDir);
      const secondExit = exitOf(second.child);
      const users = await Promise.all(Array.from({ length: 10 }, (_, i) => signUp(api(first.url), `U${i}`)));
      // The second one never serves: registering there is refused by the network, not accepted.
      expect(await secondExit).toBe(2);
      expect(await fetch(`${second.url}/healthz`).catch(() => 'refused')).toBe('refused');
      await first.child.kill('SIGTERM');
      expect(first.child.process.exitCode).toBe(0);

      const again = await startEmbeddedHealthy(dataDir);
      for (const user of users)
        expect((await api(again.url).post('/v1/auth/login', { email: user.email, password })).status).toBe(
          200,
        );
      await again.child.kill('SIGTERM');
    }),
    120_000,
  );

  it(
    'when the folder was written by an incompatible PGlite version, it should exit 2 naming the folder, both versions and what to do',
    withFolder('old-', async (dataDir) => {
      mkdirSync(join(dataDir, 'pglite'));
      writeFileSync(join(dataDir, 'pglite', 'PG_VERSION'), '16\n');
      const old = {
        pglite: '0.2.17',
        postgres: '16',
        createdAt: '2025-01-01T00:00:00.000Z',
        openedAt: '2025-01-01T00:00:00.000Z',
      };
      writeFileSync(join(dataDir, FORMAT_FILE), JSON.stringify(old));
      const started = await startEmbedded(dataDir);
      expect(await exitOf(started.child)).toBe(2);
      const message = started.child.output();
      expect(message).toContain(`The database in ${dataDir} was written by PGlite 0.2.17 (PostgreSQL 16)`);
      expect(message).toContain(`this build runs PGlite ${PGLITE_VERSION}`);
      expect(message).toContain('npm run data -- restore');
      expect(message).not.toMatch(/^\s+at |RuntimeError|Aborted/m);
      // Nothing was written into the old folder.
      expect(readFileSync(join(dataDir, 'pglite', 'PG_VERSION'), 'utf8')).toBe('16\n');
      expect(JSON.parse(readFileSync(join(dataDir, FORMAT_FILE), 'utf8'))).toEqual(old);
    }),
    60_000,
  );

  it(
    'when the embedded database is damaged, it should exit 2 with a message naming the folder and a restore, not a stack',
    withFolder('damaged-', async (dataDir) => {
      const first = await startEmbeddedHealthy(dataDir);
      await first.child.kill('SIGTERM');
      writeFileSync(join(dataDir, 'pglite', 'global', 'pg_control'), Buffer.alloc(8192, 7));
      const started = await startEmbedded(dataDir);
      expect(await exitOf(started.child)).toBe(2);
      const message = started.child.output();
      expect(message).toContain(`The embedded database in ${join(dataDir, 'pglite')} could not be opened`);
      expect(message).toContain('npm run data -- restore');
      expect(message).not.toMatch(/^\s+at /m);
    }),
    120_000,
  );
});
