import { setTimeout as sleep } from 'node:timers/promises';
import type { ParsedMail } from 'mailparser';
import type { LocalSmtp } from './localSmtp.js';

/** Reading what the backend mailed to the local SMTP server (usable in hooks as well as tests). */
export function mailbox(smtp: LocalSmtp) {
  return {
    /** Waits for a mail to `to` whose subject matches, among those received after the first `after`. */
    async mailTo(to: string, subject: RegExp, after = 0, timeoutMs = 15_000): Promise<ParsedMail> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = smtp.received
          .slice(after)
          .find((m) => JSON.stringify(m.to).includes(to) && subject.test(m.subject ?? ''));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${String(subject)}`);
        await sleep(20);
      }
    },
    codeIn: (mail: ParsedMail) => /code is (\d{6})/.exec(mail.text ?? '')?.[1] ?? '',
    tokenIn: (mail: ParsedMail) => /token=([A-Za-z0-9._-]+)/.exec(mail.text ?? '')?.[1] ?? '',
    count: () => smtp.received.length,
  };
}

export type Mailbox = ReturnType<typeof mailbox>;
