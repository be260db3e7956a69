import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type Api } from '../support/api.js';
import { startLocalSmtp, type LocalSmtp } from '../support/localSmtp.js';
import { mailbox, type Mailbox } from '../support/mailbox.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

describe('mail to an address the relay refuses for good', () => {
  let smtp: LocalSmtp;
  let mail: Mailbox;
  let backend: TestBackend;
  let client: Api;
  beforeAll(async () => {
    smtp = await startLocalSmtp({ reject: /^dead-/ });
    mail = mailbox(smtp);
    backend = await startTestBackend('embedded', { env: { SMTP_URL: smtp.url } });
    client = api(backend.url);
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
    await smtp.close();
  });

  it('when the relay refuses one address with 550, the mail should be parked and everyone else mailed', async () => {
    const password = 'correct horse battery staple';
    const register = (email: string) =>
      client.post('/v1/auth/register', { email, password, displayName: 'Mail' });
    expect((await register('dead-mailbox@example.com')).status).toBe(201);
    expect((await register('alive@example.com')).status).toBe(201);
    const received = await mail.mailTo('alive@example.com', /verification/i);
    expect(received.subject).toBeTruthy();
    expect(smtp.received.some((m) => JSON.stringify(m.to).includes('dead-mailbox'))).toBe(false);
    const parked = await backend.process.infra.db
      .knex('projection_parked')
      .where({ projection: 'mailer' })
      .select('event_type');
    expect(parked.map((p: { event_type: string }) => p.event_type)).toEqual(['EmailVerificationRequested']);
  });
});
