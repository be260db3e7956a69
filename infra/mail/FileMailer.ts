import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { MailMessage, Mailer } from './Mailer.js';

/** Renders each mail with nodemailer and writes it as an .eml file (one per message id). */
export class FileMailer implements Mailer {
  readonly kind = 'file';
  private readonly transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });

  constructor(
    private readonly dir: string,
    private readonly from: string,
  ) {}

  async send(message: MailMessage): Promise<void> {
    const info = await this.transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      messageId: `<${message.id}@eventide>`,
    });
    await mkdir(this.dir, { recursive: true });
    await writeFile(
      join(this.dir, `${message.id.replace(/[^A-Za-z0-9._-]/g, '_')}.eml`),
      info.message as Buffer,
    );
  }

  close(): void {
    this.transport.close();
  }
}
