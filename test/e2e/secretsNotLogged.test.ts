import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { startChild } from '../support/childProcess.js';
import { freePort } from '../support/freePort.js';
import { startLocalSmtp } from '../support/localSmtp.js';
import { mailbox } from '../support/mailbox.js';

describe('logs', () => {
  it('when every kind of secret passes through the API at trace level, none should appear in the logs', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'logs-'));
    const smtp = await startLocalSmtp();
    const mail = mailbox(smtp);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = startChild('bin/start.ts', {
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'trace',
      PASSWORD_SCRYPT_N: '1024',
      RATE_LIMIT_MULTIPLIER: '100',
      SMTP_URL: smtp.url,
    });
    try {
      await child.waitFor('"listening"', 60_000);
      const client = api(url);
      const secrets: string[] = [];
      const password = `pw-${randomUUID()}`;
      const email = `${randomUUID()}@example.com`;
      secrets.push(password);
      const registered = await client.post<{ accessToken: string; refreshToken: string }>(
        '/v1/auth/register',
        {
          email,
          password,
          displayName: 'Logged Person',
        },
      );
      expect(registered.status).toBe(201);
      secrets.push(registered.body.accessToken, registered.body.refreshToken);
      const verification = await mail.mailTo(email, /verification code/);
      secrets.push(mail.codeIn(verification), mail.tokenIn(verification));
      expect((await client.post('/v1/auth/login', { email, password: `wrong-${password}` })).status).toBe(
        401,
      );
      const login = await client.post<{ accessToken: string; refreshToken: string }>('/v1/auth/login', {
        email,
        password,
      });
      secrets.push(login.body.accessToken, login.body.refreshToken);
      const refreshed = await client.post<{ accessToken: string; refreshToken: string }>('/v1/auth/refresh', {
        refreshToken: login.body.refreshToken,
      });
      expect(refreshed.status).toBe(200);
      secrets.push(refreshed.body.accessToken, refreshed.body.refreshToken);
      // A reused refresh token is logged as an event, without the token.
      await client.post('/v1/auth/refresh', { refreshToken: login.body.refreshToken });

      const before = mail.count();
      await client.post('/v1/auth/passwordless/start', { email });
      const codeMail = await mail.mailTo(email, /sign-in code/, before);
      secrets.push(mail.codeIn(codeMail), mail.tokenIn(codeMail));
      const byCode = await client.post<{ accessToken: string; refreshToken: string }>(
        '/v1/auth/passwordless/verify',
        {
          email,
          code: mail.codeIn(codeMail),
        },
      );
      expect(byCode.status).toBe(200);
      secrets.push(byCode.body.accessToken, byCode.body.refreshToken);
      const codes = await client.post<{ codes: string[] }>(
        '/v1/auth/recovery-codes',
        {},
        { token: byCode.body.accessToken },
      );
      secrets.push(...codes.body.codes);
      await client.post('/v1/auth/recovery', { email, code: codes.body.codes[0] });
      const resetBefore = mail.count();
      await client.post('/v1/auth/password/forgot', { email });
      const reset = await mail.mailTo(email, /Reset your password/, resetBefore);
      const newPassword = `new-${randomUUID()}`;
      secrets.push(mail.tokenIn(reset), newPassword);
      expect(
        (await client.post('/v1/auth/password/reset', { token: mail.tokenIn(reset), newPassword })).status,
      ).toBe(200);
      await client.get('/v1/me', { token: byCode.body.accessToken });

      await new Promise((r) => setTimeout(r, 500));
      const output = child.output();
      // Every request was logged (the check below would pass vacuously on empty logs).
      expect(output.match(/"msg":"request"/g)?.length ?? 0).toBeGreaterThanOrEqual(10);
      expect(output).toContain('"url":"/v1/auth/refresh"');
      const leaked = secrets.filter((s) => s.length >= 6 && output.includes(s));
      expect(leaked).toEqual([]);
    } finally {
      await child.kill('SIGTERM');
      await smtp.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
