import type { Knex } from 'knex';
import { withSchemaLock } from '../postgres/index.js';
import type { PushNotification, PushProvider, PushResult } from './PushProvider.js';

/**
 * The embedded default: notifications go to the `push_outbox` table, which admins can read, one
 * row per delivery key (a repeat finds the row and answers as the first send did), a silent one
 * marked `silent`, with its badge and collapse key. A blank
 * token is refused as invalid, as a real provider refuses a malformed one.
 */
export class RecordingPushProvider implements PushProvider {
  readonly name = 'recording';

  constructor(private readonly knex: Knex) {}

  static async ensureSchema(knex: Knex): Promise<void> {
    await withSchemaLock(knex, 'push-outbox', async (trx) => {
      await trx.raw(`create table if not exists push_outbox (
      id bigserial primary key, notification_id text not null unique, device_id uuid not null, user_id uuid not null,
      platform text not null, push_token text not null, kind text not null, title text not null, body text not null,
      data jsonb not null, recorded_at timestamptz not null default now())`);
      // A silent (background) push; added to tables created before it.
      await trx.raw(`alter table push_outbox add column if not exists silent boolean not null default false`);
      // The badge and collapse key a push carries (a chat's pushes collapse per conversation).
      await trx.raw(`alter table push_outbox add column if not exists badge integer`);
      await trx.raw(`alter table push_outbox add column if not exists collapse_key text`);
    });
  }

  async send(n: PushNotification): Promise<PushResult> {
    if (n.pushToken.trim() === '') return { status: 'invalid_token' };
    const inserted = await this.knex('push_outbox')
      .insert({
        notification_id: n.id,
        device_id: n.deviceId,
        user_id: n.userId,
        platform: n.platform,
        push_token: n.pushToken,
        kind: n.kind,
        title: n.title,
        body: n.body,
        data: JSON.stringify(n.data),
        silent: n.silent === true,
        badge: n.badge ?? null,
        collapse_key: n.collapseKey ?? null,
      })
      .onConflict('notification_id')
      .ignore()
      .returning<{ id: string | number }[]>('id');
    // A repeat: the insert waited for the first send's commit, so a new statement sees its row.
    const row =
      inserted[0] ??
      (await this.knex('push_outbox').where({ notification_id: n.id }).first<{ id: string | number }>('id'));
    if (!row) throw new Error(`push_outbox lost the row of ${n.id}`);
    return { status: 'sent', providerId: `recording-${String(row.id)}` };
  }
}
