import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUp, type Api } from '../support/api.js';
import { freePort } from '../support/freePort.js';
import { startLocalSmtp, type LocalSmtp } from '../support/localSmtp.js';
import { mailbox, type Mailbox } from '../support/mailbox.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

/** The first link in a mail's text. */
const linkIn = (text: string | undefined) => /https?:\/\/\S+/.exec(text ?? '')?.[0] ?? '';

/** The form of a page: where it posts and its hidden fields. */
function formOf(html: string) {
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1] ?? '';
  const hidden = Object.fromEntries(
    [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1]!, m[2]!]),
  );
  return { action, hidden };
}

describe('pages that mailed links lead to (no APP_URL, PUBLIC_URL from PORT)', () => {
  let backend: TestBackend;
  let smtp: LocalSmtp;
  let client: Api;
  let mail: Mailbox;
  let port: number;

  const browse = (url: string) =>
    fetch(url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
  const submit = (path: string, fields: Record<string, string>) =>
    fetch(`${backend.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams(fields).toString(),
    });

  beforeAll(async () => {
    smtp = await startLocalSmtp();
    mail = mailbox(smtp);
    port = await freePort();
    backend = await startTestBackend('embedded', { env: { SMTP_URL: smtp.url, PORT: String(port) } });
    client = api(backend.url);
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
    await smtp.close();
  });

  it('when a reset link is followed in a browser, it should get a page whose form resets the password', async () => {
    const user = await signUp(client);
    await client.post('/v1/auth/password/forgot', { email: user.email });
    const message = await mail.mailTo(user.email, /Reset your password/);
    const link = linkIn(message.text);
    expect(link.startsWith(`http://127.0.0.1:${port}/reset-password?token=`)).toBe(true);

    const page = await browse(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const { action, hidden } = formOf(await page.text());
    expect(action).toBe('/reset-password');

    const weak = await submit(action, { ...hidden, newPassword: 'password123' });
    expect(weak.status).toBe(400);
    expect(await weak.text()).toContain('too easy to guess');

    const newPassword = 'violet ribbon tundra 42';
    const done = await submit(action, { ...hidden, newPassword });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Password changed');
    expect((await client.post('/v1/auth/login', { email: user.email, password: newPassword })).status).toBe(
      200,
    );
    expect((await submit(action, { ...hidden, newPassword: 'another fine passphrase 7' })).status).toBe(422);

    const asApp = await client.get<{ action: { href: string } }>(
      new URL(link).pathname + new URL(link).search,
    );
    expect(asApp.body.action.href).toBe('/v1/auth/password/reset');
  });

  it('when a verification link is followed in a browser, the page should verify the email on its POST only; the subject holds no code', async () => {
    const user = await signUp(client);
    const message = await mail.mailTo(user.email, /verification code/);
    expect(message.subject).not.toMatch(/\d/);
    const link = linkIn(message.text);
    expect(link.startsWith(`http://127.0.0.1:${port}/verify-email?token=`)).toBe(true);
    const page = await browse(link);
    expect(page.status).toBe(200);
    const { action, hidden } = formOf(await page.text());
    // Opening the page (as a mail scanner would) changed nothing.
    const events = await backend.process.infra.store.readStream(`user-${user.userId}`);
    expect(events.map((e) => e.type)).not.toContain('EmailVerified');
    const done = await submit(action, hidden);
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Email verified');
    await expect
      .poll(async () => (await client.get('/v1/me', { token: user.accessToken })).body.emailVerified)
      .toBe(true);
  });

  it('when a magic link is followed, a browser should get a page and an app what to post; the subject holds no code', async () => {
    const user = await signUp(client);
    const before = mail.count();
    await client.post('/v1/auth/passwordless/start', { email: user.email });
    const message = await mail.mailTo(user.email, /sign-in code/, before);
    expect(message.subject).not.toMatch(/\d/);
    const link = linkIn(message.text);
    expect(link.startsWith(`http://127.0.0.1:${port}/sign-in?token=`)).toBe(true);
    const page = await browse(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('6-digit code');
    const asApp = await client.get<{ action: { href: string } }>(
      new URL(link).pathname + new URL(link).search,
    );
    expect(asApp.status).toBe(200);
    expect(asApp.body.action.href).toBe('/v1/auth/passwordless/link');
  });

  it('when a link carries a forged or script token, the page should refuse it without echoing it', async () => {
    for (const path of ['/reset-password', '/verify-email', '/sign-in']) {
      const evil = '"><script>alert(1)</script>';
      const page = await browse(`${backend.url}${path}?token=${encodeURIComponent(evil)}`);
      expect(page.status, path).toBe(400);
      const html = await page.text();
      expect(html, path).not.toContain('<script>');
      expect(html, path).not.toContain('alert(1)');
    }
  });
});
