import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUp, type Api } from '../support/api.js';
import { startLocalSmtp, type LocalSmtp } from '../support/localSmtp.js';
import { mailbox, type Mailbox } from '../support/mailbox.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

describe('passwordless sign-in and recovery codes (mail through a local SMTP server)', () => {
  let backend: TestBackend;
  let smtp: LocalSmtp;
  let client: Api;
  let mail: Mailbox;

  beforeAll(async () => {
    smtp = await startLocalSmtp();
    mail = mailbox(smtp);
    backend = await startTestBackend('embedded', {
      env: { SMTP_URL: smtp.url, APP_URL: 'https://app.example.com' },
    });
    client = api(backend.url);
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
    await smtp.close();
  });

  const otherCode = (code: string, by = 1) => String((Number(code) + by) % 1_000_000).padStart(6, '0');

  it('when a code is asked for, the answer should be the same for an unknown address, and a code should be mailed for a known one', async () => {
    const user = await signUp(client);
    const before = mail.count();
    const known = await client.post('/v1/auth/passwordless/start', { email: user.email });
    const unknown = await client.post('/v1/auth/passwordless/start', {
      email: `${randomUUID()}@example.com`,
    });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    const message = await mail.mailTo(user.email, /sign-in code/, before);
    expect(mail.codeIn(message)).toMatch(/^\d{6}$/);
    expect(message.text).toContain('https://app.example.com/sign-in?token=');
    const unknownCode = await client.post('/v1/auth/passwordless/verify', {
      email: `${randomUUID()}@example.com`,
      code: '123456',
    });
    const wrongCode = await client.post('/v1/auth/passwordless/verify', {
      email: user.email,
      code: otherCode(mail.codeIn(message)),
    });
    expect(unknownCode.status).toBe(401);
    expect(wrongCode.status).toBe(401);
    expect(unknownCode.body).toEqual(wrongCode.body);
  });

  it('when the mailed code is sent back, it should sign in once, verify the email, and not work again', async () => {
    const user = await signUp(client);
    const before = mail.count();
    await client.post('/v1/auth/passwordless/start', { email: user.email });
    const code = mail.codeIn(await mail.mailTo(user.email, /sign-in code/, before));
    const signedIn = await client.post<{ accessToken: string; position: number; user: { id: string } }>(
      '/v1/auth/passwordless/verify',
      { email: user.email, code },
    );
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.id).toBe(user.userId);
    const me = await client.get(`/v1/me?min_position=${signedIn.body.position}`, {
      token: signedIn.body.accessToken,
    });
    expect(me.body).toMatchObject({ id: user.userId, emailVerified: true });
    const again = await client.post('/v1/auth/passwordless/verify', { email: user.email, code });
    expect(again.status).toBe(401);
  });

  it('when five wrong codes are tried, the right one should no longer work', async () => {
    const user = await signUp(client);
    const before = mail.count();
    await client.post('/v1/auth/passwordless/start', { email: user.email });
    const code = mail.codeIn(await mail.mailTo(user.email, /sign-in code/, before));
    for (let i = 1; i <= 5; i++) {
      const wrong = await client.post('/v1/auth/passwordless/verify', {
        email: user.email,
        code: otherCode(code, i),
      });
      expect(wrong.status).toBe(401);
    }
    expect((await client.post('/v1/auth/passwordless/verify', { email: user.email, code })).status).toBe(401);
  });

  it('when the magic link is posted by the app, it should sign in once; a forged one should not', async () => {
    const user = await signUp(client);
    const before = mail.count();
    await client.post('/v1/auth/passwordless/start', { email: user.email });
    const token = mail.tokenIn(await mail.mailTo(user.email, /sign-in code/, before));
    const forged = await client.post('/v1/auth/passwordless/link', { token: `${token.slice(0, -3)}AAA` });
    expect(forged.status).toBe(401);
    const signedIn = await client.post<{ user: { id: string } }>('/v1/auth/passwordless/link', { token });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.id).toBe(user.userId);
    expect((await client.post('/v1/auth/passwordless/link', { token })).status).toBe(401);
  });

  it('when a recovery code is used, it should sign in once; a new set should void the old one', async () => {
    const user = await signUp(client);
    expect((await client.post('/v1/auth/recovery-codes', {})).status).toBe(401);
    const made = await client.post<{ codes: string[] }>(
      '/v1/auth/recovery-codes',
      {},
      { token: user.accessToken },
    );
    expect(made.status).toBe(201);
    expect(made.headers.get('cache-control')).toBe('no-store');
    const codes = made.body.codes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);

    // Typed by hand: lower case, no dash.
    const first = await client.post<{ recoveryCodesLeft: number; user: { id: string } }>(
      '/v1/auth/recovery',
      {
        email: user.email,
        code: codes[0]!.replace('-', '').toLowerCase(),
      },
    );
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ recoveryCodesLeft: 9, user: { id: user.userId } });
    expect((await client.post('/v1/auth/recovery', { email: user.email, code: codes[0] })).status).toBe(401);

    const other = await signUp(client);
    const stolen = await client.post('/v1/auth/recovery', { email: other.email, code: codes[1] });
    expect(stolen.status).toBe(401);

    await client.post('/v1/auth/recovery-codes', {}, { token: user.accessToken });
    expect((await client.post('/v1/auth/recovery', { email: user.email, code: codes[1] })).status).toBe(401);
  });
});
