import type { Knex } from 'knex';
import { withSchemaLock } from '../postgres/index.js';
import type { PushNotification, PushProvider, PushResult } from './PushProvider.js';

/** The embedded default: notifications go to the `push_outbox` table, which admins can read. */
export class RecordingPushProvider implements PushProvider {
  readonly name = 'recording';

  static async ensureSchema(knex: Knex): Promise<void> {
    await withSchemaLock(knex, 'push-outbox', (trx) =>
      trx.raw(`create table if not exists push_outbox (
      id bigserial primary key, notification_id text not null unique, device_id uuid not null, user_id uuid not null,
      platform text not null, push_token text not null, kind text not null, title text not null, body text not null,
      data jsonb not null, recorded_at timestamptz not null default now())`),
    );
  }

  async send(n: PushNotification, trx: Knex.Transaction): Promise<PushResult> {
    await trx('push_outbox').insert({
      notification_id: n.id,
      device_id: n.deviceId,
      user_id: n.userId,
      platform: n.platform,
      push_token: n.pushToken,
      kind: n.kind,
      title: n.title,
      body: n.body,
      data: JSON.stringify(n.data),
    });
    return { status: 'sent', providerId: n.id };
  }
}
