import type { Knex } from 'knex';
import { activeTable } from '../../../projectors/runtime/index.js';
import { MESSAGING_PROJECTION } from '../conversationList/index.js';

/**
 * Each user's unread chat messages: the sum of their unread counts over the conversations they
 * are a current member of and have not muted (one query); 0 for a user with none, and for
 * everyone before the read model is built. The chat part of a push's badge.
 */
export async function readChatUnreadCounts(
  knex: Knex,
  userIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>(userIds.map((id) => [id, 0]));
  const list = await activeTable(knex, MESSAGING_PROJECTION, 'conversation_list');
  if (!list || userIds.length === 0) return counts;
  const rows = await knex(list)
    .whereRaw('user_id = any(?::uuid[])', [[...new Set(userIds)]])
    .whereNull('left_at')
    .andWhere({ muted: false })
    .groupBy('user_id')
    .select<{ user_id: string; unread: string | number }[]>(
      'user_id',
      knex.raw('coalesce(sum(unread), 0) as unread'),
    );
  for (const row of rows) counts.set(row.user_id, Number(row.unread));
  return counts;
}
