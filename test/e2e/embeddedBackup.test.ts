import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { api, type Api } from '../support/api.js';
import { startChild } from '../support/childProcess.js';
import { startEmbeddedHealthy } from '../support/embeddedChild.js';
import { exitOf } from '../support/waitHealthy.js';

const password = 'correct horse battery staple';

/** Registers users one after another until stopped; `acked` grows with each 201, in order. */
function keepRegistering(client: Api) {
  const acked: string[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const email = `${randomUUID()}@example.com`;
      const answer = await client.post('/v1/auth/register', { email, password, displayName: 'Busy' });
      if (answer.status === 201) acked.push(email);
    }
  })();
  return {
    acked,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

async function runData(args: string[], env: Record<string, string> = {}) {
  const child = startChild('bin/data.ts', { LOG_LEVEL: 'warn', ...env }, args);
  return { code: await exitOf(child), output: child.output() };
}

describe('embedded backup and restore', () => {
  it('when a running backend is backed up while it takes writes and restored into a fresh folder, the restored backend should hold every write acknowledged before the backup, the keys and the blobs', async () => {
    const root = mkdtempSync(join(tmpdir(), 'backup-'));
    const source = join(root, 'source');
    const restored = join(root, 'restored');
    const file = join(root, 'backups', 'eventide.tar.gz');
    try {
      const first = await startEmbeddedHealthy(source);
      const client = api(first.url);
      const displayName = `Backed Up ${randomUUID().slice(0, 8)}`;
      const email = `${randomUUID()}@example.com`;
      const signed = await client.post<{ accessToken: string }>('/v1/auth/register', {
        email,
        password,
        displayName,
      });
      expect(signed.status).toBe(201);
      const photo = randomBytes(5000);
      const blob = await client.request<{ id: string }>('POST', '/v1/blobs', {
        token: signed.body.accessToken,
        rawBody: photo,
        headers: { 'content-type': 'image/jpeg' },
      });
      expect(blob.status).toBe(201);

      // Back up while registrations keep coming in.
      const writer = keepRegistering(client);
      while (writer.acked.length < 5) await new Promise((r) => setTimeout(r, 20));
      const ackedBefore = [...writer.acked];
      const backup = await runData(['backup', file], { DATA_DIR: source });
      const ackedDuring = writer.acked.length - ackedBefore.length;
      await writer.stop();
      expect(backup.code, backup.output).toBe(0);
      expect(backup.output).toContain('from the running process');
      await first.child.kill('SIGTERM');

      // Restore refuses a folder that is not fresh, then fills a fresh one.
      mkdirSync(join(root, 'busy'));
      writeFileSync(join(root, 'busy', 'something'), 'x');
      const refused = await runData(['restore', file, join(root, 'busy')]);
      expect(refused.code).toBe(2);
      expect(refused.output).toContain('is not empty');
      const restore = await runData(['restore', file, restored]);
      expect(restore.code, restore.output).toBe(0);

      const second = await startEmbeddedHealthy(restored);
      const after = api(second.url);
      // The signing key came along: a token issued before the backup still works.
      expect((await after.get('/v1/me', { token: signed.body.accessToken })).status).toBe(200);
      // The data keys came along: personal data in the log still decrypts.
      const exported = await after.get('/v1/me/export', { token: signed.body.accessToken });
      expect(exported.status).toBe(200);
      expect(exported.raw.toString()).toContain(displayName);
      // The blobs came along.
      const got = await after.get(`/v1/blobs/${blob.body.id}`, { token: signed.body.accessToken });
      expect(got.status).toBe(200);
      expect(got.raw.equals(photo)).toBe(true);
      // Every registration acknowledged before the backup started signs in.
      for (const address of [email, ...ackedBefore])
        expect((await after.post('/v1/auth/login', { email: address, password })).status, address).toBe(200);
      await second.child.kill('SIGTERM');
      console.info(
        `backup of ${statSync(file).size} bytes taken while ${ackedDuring} registrations were acknowledged; ` +
          `${ackedBefore.length + 1} earlier users all restored; ${backup.output.trim()}`,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 180_000);

  it('when nothing runs on the folder, a backup should open it itself and restore the same way', async () => {
    const root = mkdtempSync(join(tmpdir(), 'backup-offline-'));
    try {
      const first = await startEmbeddedHealthy(join(root, 'source'));
      const email = `${randomUUID()}@example.com`;
      expect(
        (await api(first.url).post('/v1/auth/register', { email, password, displayName: 'Idle' })).status,
      ).toBe(201);
      await first.child.kill('SIGTERM');
      const backup = await runData(['backup', join(root, 'b.tar.gz')], { DATA_DIR: join(root, 'source') });
      expect(backup.code, backup.output).toBe(0);
      expect(backup.output).toContain('nothing was running on it');
      expect((await runData(['restore', join(root, 'b.tar.gz'), join(root, 'copy')])).code).toBe(0);
      const second = await startEmbeddedHealthy(join(root, 'copy'));
      expect((await api(second.url).post('/v1/auth/login', { email, password })).status).toBe(200);
      await second.child.kill('SIGTERM');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
