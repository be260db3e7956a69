import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { startChild, type Child } from '../support/childProcess.js';
import { embeddedEnv } from '../support/embeddedChild.js';
import { freePort } from '../support/freePort.js';
import { exitOf, waitHealthy } from '../support/waitHealthy.js';

const password = 'correct horse battery staple';
const device = {
  installationId: randomUUID(),
  platform: 'ios',
  model: 'iPhone15,2',
  osVersion: '17.4',
  appVersion: '2.3.0',
  locale: 'en-GB',
  timezone: 'Europe/London',
};

/**
 * The embedded backend on `dataDir`; its worker checks flows one second after they started, or
 * (`graceSeconds`) so late that it never does while a test runs.
 */
async function start(
  dataDir: string,
  crashAt?: string,
  graceSeconds = 1,
): Promise<{ child: Child; url: string }> {
  const port = await freePort();
  const child = startChild('bin/start.ts', {
    ...embeddedEnv(dataDir, port),
    WORKFLOW_GRACE_SECONDS: String(graceSeconds),
    ...(crashAt ? { EVENTIDE_TEST_CRASH_AT: crashAt } : {}),
  });
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(child, url);
  return { child, url };
}

/** Sends a request that kills the process at the crash point: no answer, and the process is gone. */
async function crashOn(backend: { child: Child }, request: Promise<unknown>): Promise<void> {
  await expect(request).rejects.toThrow();
  await exitOf(backend.child);
  expect(backend.child.process.signalCode).toBe('SIGKILL');
}

describe('workflows: a process killed between two steps of a flow, then restarted', () => {
  it('when it dies after the email claim and before the user exists, the restarted worker should free the address, and it registers and signs in', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wf-register-'));
    try {
      const email = `${randomUUID()}@example.com`;
      const first = await start(dataDir, 'register:claim-email');
      await crashOn(
        first,
        api(first.url).post('/v1/auth/register', { email, password, displayName: 'Half' }),
      );

      // Without the worker's check the half-done state stands: the address is taken by nobody.
      const waiting = await start(dataDir, undefined, 3600);
      const again = { email, password, displayName: 'Whole' };
      expect((await api(waiting.url).post('/v1/auth/register', again)).status).toBe(409);
      expect((await api(waiting.url).post('/v1/auth/login', { email, password })).status).toBe(401);
      await waiting.child.kill('SIGTERM');

      const second = await start(dataDir);
      const client = api(second.url);
      // The worker releases the claim once its check is due.
      await expect
        .poll(
          async () =>
            (await client.post('/v1/auth/register', { email, password, displayName: 'Whole' })).status,
          { timeout: 30_000, interval: 500 },
        )
        .toBe(201);
      expect((await client.post('/v1/auth/login', { email, password })).status).toBe(200);
      await second.child.kill('SIGTERM');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('when it dies after the device signed in to a new session and before its old session ended, the restarted worker should end the old one', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wf-session-'));
    try {
      const email = `${randomUUID()}@example.com`;
      const first = await start(dataDir);
      const registered = await api(first.url).post<{ accessToken: string }>('/v1/auth/register', {
        email,
        password,
        displayName: 'Phone',
        device,
      });
      expect(registered.status).toBe(201);
      const oldToken = registered.body.accessToken;
      await first.child.kill('SIGTERM');

      const second = await start(dataDir, 'start-session:device-sign-in');
      await crashOn(second, api(second.url).post('/v1/auth/login', { email, password, device }));

      // Without the worker's check the old session stays live although the device left it.
      const waiting = await start(dataDir, undefined, 3600);
      expect((await api(waiting.url).get('/v1/me', { token: oldToken })).status).toBe(200);
      await waiting.child.kill('SIGTERM');

      const third = await start(dataDir);
      const client = api(third.url);
      // The device moved to the new session before the kill; the old session ends by the log, and
      // its access token is refused from then on.
      await expect
        .poll(async () => (await client.get('/v1/me', { token: oldToken })).status, {
          timeout: 30_000,
          interval: 500,
        })
        .toBe(401);
      await third.child.kill('SIGTERM');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
