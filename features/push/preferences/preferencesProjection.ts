import type { NotificationPreferencesSet } from '../../../domain/notification/index.js';
import type { UserErased } from '../../../domain/user/index.js';
import { defineProjection } from '../../../projectors/runtime/index.js';

/** notification_preferences: one row per user who set theirs (the document as they sent it). */
export const preferencesProjection = defineProjection<NotificationPreferencesSet | UserErased>({
  name: 'notification_preferences',
  version: 1,
  handles: ['NotificationPreferencesSet', 'UserErased'],
  tables: ['notification_preferences'],
  async setup(trx, table) {
    await trx.raw(`create table if not exists ${table('notification_preferences')} (
      user_id uuid primary key, preferences jsonb not null, updated_at timestamptz not null,
      version bigint not null, position bigint not null)`);
  },
  async apply(event, { trx, table, announceChange }) {
    const t = table('notification_preferences');
    if (event.type === 'UserErased') {
      await trx(t).where({ user_id: event.data.userId }).delete();
      return;
    }
    const row = {
      preferences: JSON.stringify(event.data.preferences),
      updated_at: event.data.at,
      version: event.streamVersion,
      position: event.position,
    };
    // A replayed event changes nothing (position).
    await trx(t)
      .insert({ user_id: event.data.userId, ...row })
      .onConflict('user_id')
      .merge(row)
      .where(`${t}.position`, '<', event.position);
    announceChange(event.data.userId, event.position);
  },
});
