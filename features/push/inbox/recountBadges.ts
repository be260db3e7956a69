import type { Knex } from 'knex';

/**
 * Sets each user's badge to their unread count (listed, unread, not deleted), in one statement;
 * answers the users whose count changed (their feeds change at `position`).
 */
export async function recountBadges(
  trx: Knex.Transaction,
  table: (base: string) => string,
  userIds: readonly string[],
  position: number,
): Promise<string[]> {
  if (userIds.length === 0) return [];
  const badges = table('inbox_badges');
  const rows = table('inbox_notifications');
  const result = await trx.raw<{ rows: { user_id: string }[] }>(
    `insert into ${badges} as b (user_id, unread, version, position)
     select u.user_id, (select count(*) from ${rows} n
        where n.user_id = u.user_id and n.listed and n.read_at is null and n.deleted_at is null), 0, ?
       from unnest(?::uuid[]) as u(user_id)
     on conflict (user_id) do update set unread = excluded.unread, version = b.version + 1,
       position = excluded.position
     where b.unread <> excluded.unread
     returning user_id::text`,
    [position, [...new Set(userIds)]],
  );
  return result.rows.map((r) => r.user_id);
}
