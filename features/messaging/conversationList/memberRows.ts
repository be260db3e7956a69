import type { ProjectionContext } from '../../../projectors/runtime/index.js';

/**
 * SQL: the current members of `:conversationId` as each list row shows them (roles and markers,
 * in joining order); `marker` gives the SQL of a member `m`'s marker column (by default its own).
 */
export const memberListSql = (list: string, marker = (column: string) => `m.${column}`) =>
  `(select coalesce(jsonb_agg(jsonb_build_object('userId', m.user_id, 'role', m.role,
      'deliveredUpTo', ${marker('delivered_up_to')}, 'readUpTo', ${marker('read_up_to')})
      order by m.joined_position, m.user_id), '[]'::jsonb)
    from ${list} m where m.conversation_id = cast(:conversationId as uuid) and m.left_at is null)`;

/**
 * After a change every current member sees: bumps their rows (version, position) and announces
 * it to each. With `members`, also rewrites each row's member list (roles and markers).
 */
export async function touchMembers(
  { trx, table, announceChange }: ProjectionContext,
  conversationId: string,
  position: number,
  options: { members?: boolean } = {},
): Promise<void> {
  const list = table('conversation_list');
  const members = options.members ? { members: trx.raw(memberListSql(list), { conversationId }) } : {};
  const touched = await trx(list)
    .where({ conversation_id: conversationId })
    .whereNull('left_at')
    .update({ ...members, version: trx.raw('version + 1'), position }, ['user_id']);
  for (const row of touched as { user_id: string }[]) announceChange(row.user_id, position);
}

/**
 * A member's unread count: messages of others after their read marker, not deleted. Without a
 * `userId`, every current member's, in one statement (a delete in a large group is not one
 * statement per member).
 */
export async function recountUnread(
  { trx, table }: ProjectionContext,
  conversationId: string,
  userId?: string,
): Promise<void> {
  const list = table('conversation_list');
  const messages = table('chat_messages');
  const whose = userId === undefined ? 'l.left_at is null' : 'l.user_id = ?::uuid';
  await trx.raw(
    `update ${list} l set unread = (select count(*) from ${messages} m
       where m.conversation_id = l.conversation_id and m.seq > l.read_up_to
         and m.sender_id <> l.user_id and m.deleted_at is null)
     where l.conversation_id = ?::uuid and ${whose}`,
    userId === undefined ? [conversationId] : [conversationId, userId],
  );
}
