import nodemailer, { type Transporter } from 'nodemailer';
import type { MailMessage, Mailer } from './Mailer.js';

/** SMTP through nodemailer (pooled connections); SMTP_URL like smtp://user:pass@host:587. */
export class SmtpMailer implements Mailer {
  readonly kind = 'smtp';
  private readonly transport: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(url.includes('?') ? `${url}&pool=true` : `${url}?pool=true`);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      messageId: `<${message.id}@eventide>`,
    });
  }

  close(): void {
    this.transport.close();
  }
}
