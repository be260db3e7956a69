import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPostgresDatabase } from '../../infra/postgres/index.js';
import { api, iosDevice, signUp } from '../support/api.js';
import { startChild, type Child } from '../support/childProcess.js';
import { freePort } from '../support/freePort.js';
import { waitHealthy } from '../support/waitHealthy.js';
import { createTestDatabase, postgresAvailable } from '../support/testDatabase.js';

async function exitCode(child: Child, signal: NodeJS.Signals): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.process.once('exit', (code) => resolve(code)));
  child.process.kill(signal);
  return exited;
}

describe('processes', () => {
  it('when `npm start` is stopped and started again on the same data directory, users, devices, tokens and feed cursors should survive', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'embedded-'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      PASSWORD_SCRYPT_N: '1024',
    };
    try {
      let child = startChild('bin/start.ts', env);
      const firstStart = await waitHealthy(child, url);
      const client = api(url);
      const user = await signUp(client, 'Persistent');
      const device = await client.post<{ id: string; position: number }>('/v1/devices', iosDevice, {
        token: user.accessToken,
      });
      const before = await client.get<{ nextCursor: string }>(
        `/v1/feed?min_position=${device.body.position}`,
        {
          token: user.accessToken,
        },
      );
      expect(await exitCode(child, 'SIGTERM')).toBe(0);

      child = startChild('bin/start.ts', env);
      const secondStart = await waitHealthy(child, url);
      console.info(
        `npm start: healthy after ${Math.round(firstStart)} ms (fresh), ${Math.round(secondStart)} ms (restart)`,
      );
      const feed = await client.get<{ changes: { id: string }[] }>('/v1/feed', { token: user.accessToken });
      expect(feed.status).toBe(200);
      expect(feed.body.changes.map((c) => c.id)).toEqual([user.userId, device.body.id]);
      // A cursor handed out before the restart still works, and nothing came after it.
      const resumed = await client.get<{ changes?: unknown[] }>(`/v1/feed?cursor=${before.body.nextCursor}`, {
        token: user.accessToken,
      });
      expect(resumed.status).toBe(200);
      expect(resumed.body.changes ?? []).toEqual([]);
      const login = await client.post('/v1/auth/login', {
        email: user.email,
        password: 'correct horse battery staple',
      });
      expect(login.status).toBe(200);
      expect(await exitCode(child, 'SIGTERM')).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('when a split process is misconfigured, it should exit 2 naming each bad variable', async () => {
    const child = startChild('bin/queryApi.ts', {
      PORT: 'eighty',
      DATABASE_URL: '',
      CURSOR_SECRET: '',
      KAFKA_BROKERS: 'nohostport',
    });
    const code = await new Promise<number | null>((resolve) => child.process.once('exit', (c) => resolve(c)));
    expect(code).toBe(2);
    expect(child.output()).toMatch(/^ {2}PORT: /m);
    expect(child.output()).toMatch(/^ {2}KAFKA_BROKERS: .*host:port/m);

    const missing = startChild('bin/queryApi.ts', { DATABASE_URL: '', CURSOR_SECRET: '' });
    expect(await new Promise((resolve) => missing.process.once('exit', (c) => resolve(c)))).toBe(2);
    expect(missing.output()).toMatch(/DATABASE_URL: required when running query-api on its own/);
    expect(missing.output()).toMatch(/CURSOR_SECRET: required when running query-api on its own/);
  }, 60_000);

  it('when a projector process gets SIGTERM, it should exit 0 and release its partition leases', async (ctx) => {
    if (!(await postgresAvailable())) return ctx.skip();
    const database = await createTestDatabase();
    const db = await createPostgresDatabase({ connectionString: database.url });
    const dataDir = mkdtempSync(join(tmpdir(), 'projectors-'));
    try {
      const child = startChild(
        'bin/projectors.ts',
        {
          DATABASE_URL: database.url,
          DATA_DIR: dataDir,
          PORT: '0',
          LOG_LEVEL: 'warn',
          CURSOR_SECRET: randomBytes(32).toString('hex'),
        },
        ['--only=devices,notifier', '--partition=1/2'],
      );
      const leases = () =>
        db
          .knex('projection_leases')
          .select<{ projection: string; partition: number }[]>('projection', 'partition')
          .catch(() => []);
      await expect
        .poll(async () => (await leases()).map((l) => `${l.projection}#${l.partition}`).sort(), {
          timeout: 30_000,
        })
        .toEqual(['devices#1', 'notifier#1']);
      expect(await exitCode(child, 'SIGTERM')).toBe(0);
      expect(await leases()).toEqual([]);
    } finally {
      await db.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
