export type { MailMessage, Mailer } from './Mailer.js';
export { FileMailer } from './FileMailer.js';
export { SmtpMailer } from './SmtpMailer.js';
