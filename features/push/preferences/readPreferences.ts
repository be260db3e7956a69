import type { Knex } from 'knex';
import type { NotificationPreferences } from '../../../domain/notification/index.js';
import { activeTable } from '../../../projectors/runtime/index.js';

export interface StoredPreferences {
  preferences: NotificationPreferences;
  version: number;
}

/** The user's preferences as set (null: never set); undefined before the read model is built. */
export async function readPreferences(
  knex: Knex,
  userId: string,
): Promise<StoredPreferences | null | undefined> {
  const table = await activeTable(knex, 'notification_preferences', 'notification_preferences');
  if (!table) return undefined;
  const row = await knex(table)
    .where({ user_id: userId })
    .first<{ preferences: NotificationPreferences | string; version: string | number } | undefined>(
      'preferences',
      'version',
    );
  if (!row) return null;
  const preferences =
    typeof row.preferences === 'string'
      ? (JSON.parse(row.preferences) as NotificationPreferences)
      : row.preferences;
  return { preferences, version: Number(row.version) };
}
