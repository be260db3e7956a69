import type { Knex } from 'knex';

/** What a sender hands a provider: one notification to one device. */
export interface PushNotification {
  /** Stable id (event id + device id): providers use it to collapse repeats. */
  id: string;
  deviceId: string;
  userId: string;
  platform: 'ios' | 'android' | 'web';
  pushToken: string;
  kind: string;
  title: string;
  body: string;
  data: Record<string, string>;
}

export type PushResult =
  | { status: 'sent'; providerId?: string }
  | { status: 'invalid_token' }
  | { status: 'failed'; retryable: boolean; reason: string };

export interface PushProvider {
  readonly name: string;
  /**
   * Sends one notification. `trx` is the sender's de-duplication transaction: a provider that
   * records into the database writes through it, so the record and the "delivered" mark commit together.
   */
  send(notification: PushNotification, trx: Knex.Transaction): Promise<PushResult>;
}
