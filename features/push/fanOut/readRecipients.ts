import type { Knex } from 'knex';
import {
  defaultNotificationPreferences,
  type NotificationPreferences,
} from '../../../domain/notification/index.js';
import { activeTable } from '../../../projectors/runtime/index.js';

/** What the fan-out needs of a page's users: their preferences and their profile fields. */
export interface Recipient {
  preferences: NotificationPreferences;
  displayName?: string;
}

/**
 * The users of one page, in one query per read model (never per device): preferences from the
 * notifier's copy (the defaults when they set none) and, for a template, the display name from
 * the profiles read model.
 */
export async function readRecipients(
  knex: Knex,
  userIds: readonly string[],
  options: { profiles: boolean },
): Promise<Map<string, Recipient>> {
  const recipients = new Map<string, Recipient>(
    userIds.map((id) => [id, { preferences: defaultNotificationPreferences }]),
  );
  if (userIds.length === 0) return recipients;
  const [preferences, profiles] = await Promise.all([
    activeTable(knex, 'notifier', 'notifier_preferences'),
    options.profiles ? activeTable(knex, 'profiles', 'profiles') : undefined,
  ]);
  if (preferences) {
    const rows = await knex(preferences)
      .whereIn('user_id', userIds)
      .select<{ user_id: string; preferences: NotificationPreferences | string }[]>('user_id', 'preferences');
    for (const r of rows)
      recipients.get(r.user_id)!.preferences =
        typeof r.preferences === 'string'
          ? (JSON.parse(r.preferences) as NotificationPreferences)
          : r.preferences;
  }
  if (profiles) {
    const rows = await knex(profiles)
      .whereIn('user_id', userIds)
      .select<{ user_id: string; display_name: string }[]>('user_id', 'display_name');
    for (const r of rows) recipients.get(r.user_id)!.displayName = r.display_name;
  }
  return recipients;
}

/**
 * How many notifications of `category` each user with a frequency cap was handed in their cap's
 * rolling period (from the sender's ledger and the notifications read model): one query per page.
 * Pushes still on the bus are not in the ledger yet, so a burst can pass a cap by what is in flight.
 */
export async function recentCounts(
  knex: Knex,
  category: string,
  caps: ReadonlyMap<string, number>,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (caps.size === 0) return counts;
  const notifications = await activeTable(knex, 'notifications', 'push_notifications');
  if (!notifications) return counts;
  const values = [...caps].map(() => '(?::text, ?::int)').join(', ');
  const rows = await knex.raw<{ rows: { user_id: string; count: string | number }[] }>(
    `select v.user_id, count(distinct d.request_id) as count
       from (values ${values}) as v(user_id, minutes)
       join push_deliveries d on d.user_id = v.user_id
        and d.delivered_at > now() - v.minutes * interval '1 minute'
        and d.status in ('sent', 'sending', 'retrying')
       join ${notifications} n on n.notification_id::text = d.request_id and n.category = ?
      group by v.user_id`,
    [...[...caps].flat(), category],
  );
  for (const r of rows.rows) counts.set(r.user_id, Number(r.count));
  return counts;
}
