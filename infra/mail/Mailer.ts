export interface MailMessage {
  /** Stable id (becomes the Message-ID): the same mail sent twice is recognisable. */
  id: string;
  to: string;
  subject: string;
  text: string;
}

/** Outgoing mail: SMTP in production; files in DATA_DIR/mail for the embedded default. */
export interface Mailer {
  readonly kind: 'file' | 'smtp';
  send(message: MailMessage): Promise<void>;
  close(): void;
}
