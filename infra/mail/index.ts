export type { MailMessage, Mailer } from './Mailer.js';
export { FileMailer } from './FileMailer.js';
// SmtpMailer is imported from './SmtpMailer.js' where SMTP is configured.
