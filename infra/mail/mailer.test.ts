import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { startLocalSmtp } from '../../test/support/localSmtp.js';
import { FileMailer } from './FileMailer.js';
import { SmtpMailer } from './SmtpMailer.js';

const message = {
  id: 'verify-123',
  to: 'ann@example.com',
  subject: 'Your code: 123456',
  text: 'Your code is 123456.\nIt expires in 10 minutes.',
};

describe('mailers', () => {
  it('when the file mailer sends, a parseable .eml with the message should appear in its folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mail-'));
    try {
      const mailer = new FileMailer(dir, 'Eventide <no-reply@example.com>');
      await mailer.send(message);
      mailer.close();
      const files = readdirSync(dir);
      expect(files).toEqual(['verify-123.eml']);
      const parsed = await simpleParser(readFileSync(join(dir, files[0]!)));
      expect(parsed.subject).toBe(message.subject);
      expect(parsed.text?.trim()).toBe(message.text);
      expect(parsed.messageId).toBe('<verify-123@eventide>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when the SMTP mailer sends, a real SMTP server should receive the message', async () => {
    const smtp = await startLocalSmtp();
    try {
      const mailer = new SmtpMailer(smtp.url, 'Eventide <no-reply@example.com>');
      await mailer.send(message);
      mailer.close();
      expect(smtp.received).toHaveLength(1);
      const [mail] = smtp.received;
      expect(mail?.subject).toBe(message.subject);
      expect(mail?.text?.trim()).toBe(message.text);
      expect(JSON.stringify(mail?.to)).toContain('ann@example.com');
      expect(mail?.from?.text).toContain('no-reply@example.com');
    } finally {
      await smtp.close();
    }
  });
});
