import { describe, expect, it } from 'vitest';
import type { UserEvent } from '../../../domain/user/index.js';
import type { MailMessage, Mailer } from '../../../infra/mail/index.js';
import { linkToken, sixDigitCode } from '../../../platform/auth/index.js';
import { TransientError } from '../../../platform/errors/index.js';
import { at, userRegistered, uuid } from '../../../test/support/eventFixtures.js';
import { projectionSpec } from '../../../test/support/projectionSpec.js';
import { createMailerProjection } from './mailerProjection.js';

const ann = uuid(1);
const secret = 'test-code-secret';
const sent: MailMessage[] = [];
let refuse: ((message: MailMessage) => unknown) | undefined;
const mailer: Mailer = {
  kind: 'file',
  send: async (message) => {
    const refusal = refuse?.(message);
    if (refusal) throw refusal;
    sent.push(message);
  },
  close: () => undefined,
};
const verification: UserEvent = {
  type: 'EmailVerificationRequested',
  data: { userId: ann, email: 'ann@example.com', verificationId: 'v1', expiresAt: at(600) },
};
const reset: UserEvent = {
  type: 'PasswordResetRequested',
  data: { userId: ann, email: 'ann@example.com', resetId: 'r1', expiresAt: at(3600) },
};
const signInCode: UserEvent = {
  type: 'SignInCodeRequested',
  data: { userId: ann, email: 'ann@example.com', otpId: 'o1', expiresAt: at(600) },
};

describe('mailer projection', () => {
  const spec = projectionSpec(
    createMailerProjection({
      mailer,
      codeSecret: secret,
      publicUrl: 'https://api.test',
      appUrl: 'https://app.test',
    }),
  );
  const sentFor = async (...events: UserEvent[]) => {
    sent.length = 0;
    await spec.given(...events).thenRows(
      'mail_sent',
      events.filter((e) => e.type !== 'UserRegistered').map(() => ({})),
    );
    return [...sent];
  };

  it('when a verification is requested, it should mail the code and the link, never the code in the subject', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const [mail] = await sentFor(verification);
    const code = sixDigitCode(secret, 'verify', 'v1');
    expect(mail).toEqual({
      id: uuid(1),
      to: 'ann@example.com',
      subject: 'Your verification code',
      text: expect.stringContaining(`Your code is ${code}.`),
    });
    expect(mail?.text).toContain(
      `https://api.test/verify-email?token=${linkToken(secret, 'verify', ann, 'v1')}`,
    );
  });

  it('when a password reset or a sign-in code is requested, it should mail the link (and the code) to the app', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const [resetMail, codeMail] = await sentFor(reset, signInCode);
    expect(resetMail).toMatchObject({ to: 'ann@example.com', subject: 'Reset your password' });
    expect(resetMail?.text).toContain(
      `https://app.test/reset-password?token=${linkToken(secret, 'reset', ann, 'r1')}`,
    );
    expect(codeMail).toMatchObject({ subject: 'Your sign-in code' });
    expect(codeMail?.text).toContain(`Your sign-in code is ${sixDigitCode(secret, 'signin', 'o1')}.`);
    expect(codeMail?.text).toContain(
      `https://app.test/sign-in?token=${linkToken(secret, 'signin', ann, 'o1')}`,
    );
  });

  it('when an event is delivered again, or is not one that calls for a mail, it should send nothing more', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    sent.length = 0;
    await spec
      .given(userRegistered(ann), verification, verification)
      .thenRows('mail_sent', [{ message_id: uuid(2), kind: 'EmailVerificationRequested' }]);
    expect(sent).toHaveLength(1);
  });

  it('when SMTP fails, it should be transient (retried), except a permanent refusal (5xx), which parks the event', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    refuse = () => Object.assign(new Error('connection reset'), { code: 'ECONNRESET' });
    await spec.given(verification).thenFails({ name: 'TransientError' });
    await expect(spec.given(verification).inspect(async () => undefined)).rejects.toBeInstanceOf(
      TransientError,
    );
    refuse = () => Object.assign(new Error('550 no such mailbox'), { responseCode: 550 });
    await spec.given(verification).thenFails({ message: '550 no such mailbox', responseCode: 550 });
    refuse = undefined;
  });
});
