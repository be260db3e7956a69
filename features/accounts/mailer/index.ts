export { createMailerProjection, type MailerOptions } from './mailerProjection.js';
