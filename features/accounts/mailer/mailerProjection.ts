import type { UserEvent } from '../../../domain/user/index.js';
import type { Mailer } from '../../../infra/mail/index.js';
import { linkToken, sixDigitCode } from '../../../platform/auth/index.js';
import { TransientError } from '../../../platform/errors/index.js';
import { defineProjection, type Projection } from '../../../projectors/runtime/index.js';

/** The events that call for a mail. */
type MailedEvent = Extract<
  UserEvent,
  { type: 'EmailVerificationRequested' | 'PasswordResetRequested' | 'SignInCodeRequested' }
>;

export interface MailerOptions {
  mailer: Mailer;
  /** The key codes and links derive from (AUTH_CODE_SECRET), shared with the command API. */
  codeSecret: string;
  /** Where the API answers (verification links lead to its `/verify-email` page). */
  publicUrl: string;
  /** Where reset and magic links lead (APP_URL; by default PUBLIC_URL, whose pages serve them). */
  appUrl: string;
}

/**
 * mailer: sends the mails that account events call for. Codes and links are recomputed from the
 * event (see platform/auth/authCodes.ts), never stored. Each mail is recorded by id in the
 * projection's transaction, so a replayed event does not mail twice; a crash between sending and
 * committing can (at-least-once). An SMTP failure is transient (retried, never parked), except a
 * permanent refusal (a 5xx reply: no such mailbox, address refused), which the same mail meets
 * again: that event is parked, so one dead address never holds back everyone's mail.
 */
export function createMailerProjection(options: MailerOptions): Projection {
  const send: Mailer['send'] = (message) =>
    options.mailer.send(message).catch((cause: unknown) => {
      const reply = (cause as { responseCode?: unknown } | null)?.responseCode;
      if (typeof reply === 'number' && reply >= 500 && reply < 600) throw cause;
      throw new TransientError('sending mail failed', { cause });
    });
  return defineProjection<MailedEvent>({
    name: 'mailer',
    version: 1,
    handles: ['EmailVerificationRequested', 'PasswordResetRequested', 'SignInCodeRequested'],
    tables: ['mail_sent'],
    partitionKey: (event) => String(event.data.userId),
    async setup(trx, table) {
      await trx.raw(`create table if not exists ${table('mail_sent')} (
        message_id text primary key, kind text not null, sent_at timestamptz not null default now())`);
    },
    async apply(event, { trx, table }) {
      const claimed = await trx(table('mail_sent'))
        .insert({ message_id: event.id, kind: event.type })
        .onConflict('message_id')
        .ignore()
        .returning('message_id');
      if (claimed.length === 0) return;
      switch (event.type) {
        case 'EmailVerificationRequested': {
          const { userId, verificationId, email } = event.data;
          const code = sixDigitCode(options.codeSecret, 'verify', verificationId);
          const link = `${options.publicUrl}/verify-email?token=${linkToken(options.codeSecret, 'verify', userId, verificationId)}`;
          await send({
            id: event.id,
            to: email,
            // Never the code itself in a subject: lock screens show subjects.
            subject: 'Your verification code',
            text: `Your code is ${code}. It expires in 10 minutes.\n\nOr open this link: ${link}\n\nIf you did not ask for this, ignore this mail.`,
          });
          return;
        }
        case 'PasswordResetRequested': {
          const { userId, resetId, email } = event.data;
          const link = `${options.appUrl}/reset-password?token=${linkToken(options.codeSecret, 'reset', userId, resetId)}`;
          await send({
            id: event.id,
            to: email,
            subject: 'Reset your password',
            text: `Open this link within an hour to choose a new password:\n${link}\n\nIf you did not ask for this, ignore this mail; your password stays the same.`,
          });
          return;
        }
        case 'SignInCodeRequested': {
          const { userId, otpId, email } = event.data;
          const code = sixDigitCode(options.codeSecret, 'signin', otpId);
          const link = `${options.appUrl}/sign-in?token=${linkToken(options.codeSecret, 'signin', userId, otpId)}`;
          await send({
            id: event.id,
            to: email,
            subject: 'Your sign-in code',
            text: `Your sign-in code is ${code}. It works once, for 10 minutes.\n\nOr open this link on your phone: ${link}\n\nIf you did not try to sign in, ignore this mail; nobody can sign in without the code.`,
          });
          return;
        }
        default:
          return;
      }
    },
  });
}
