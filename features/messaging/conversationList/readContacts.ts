import type { Knex } from 'knex';
import { activeTable } from '../../../projectors/runtime/index.js';
import { MESSAGING_PROJECTION } from './messagingTables.js';

/**
 * The users among `candidates` who are current members of a conversation `userId` is a current
 * member of (one query); undefined before the read model is built.
 */
export async function contactsAmong(
  knex: Knex,
  userId: string,
  candidates: readonly string[],
): Promise<string[] | undefined> {
  const list = await activeTable(knex, MESSAGING_PROJECTION, 'conversation_list');
  if (!list) return undefined;
  if (candidates.length === 0) return [];
  const rows: { user_id: string }[] = await knex(`${list} as other`)
    .distinct('other.user_id')
    .join(`${list} as mine`, 'mine.conversation_id', 'other.conversation_id')
    .where('mine.user_id', userId)
    .whereNull('mine.left_at')
    .whereNull('other.left_at')
    .whereIn('other.user_id', [...candidates]);
  return rows.map((r) => r.user_id);
}

/** Whether `userId` is a current member of the conversation; undefined before the read model is built. */
export async function isConversationMember(
  knex: Knex,
  userId: string,
  conversationId: string,
): Promise<boolean | undefined> {
  const list = await activeTable(knex, MESSAGING_PROJECTION, 'conversation_list');
  if (!list) return undefined;
  const row: unknown = await knex(list)
    .where({ user_id: userId, conversation_id: conversationId })
    .whereNull('left_at')
    .first('user_id');
  return row !== undefined;
}
