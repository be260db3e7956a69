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

/** What a user's realtime connection watches: their current conversations and contacts. */
export interface CircleOf {
  conversationIds: string[];
  contactIds: string[];
}

/**
 * The user's current conversations (at most `max`, most recent first) and the other current
 * members of those conversations (two queries); undefined before the read model is built.
 */
export async function circleOf(knex: Knex, userId: string, max: number): Promise<CircleOf | undefined> {
  const list = await activeTable(knex, MESSAGING_PROJECTION, 'conversation_list');
  if (!list) return undefined;
  const mine: { conversation_id: string }[] = await knex(list)
    .where('user_id', userId)
    .whereNull('left_at')
    .orderBy('position', 'desc')
    .limit(max)
    .select('conversation_id');
  const conversationIds = mine.map((r) => r.conversation_id);
  if (conversationIds.length === 0) return { conversationIds, contactIds: [] };
  const others: { user_id: string }[] = await knex(list)
    .distinct('user_id')
    .whereIn('conversation_id', conversationIds)
    .whereNull('left_at')
    .whereNot('user_id', userId);
  return { conversationIds, contactIds: others.map((r) => r.user_id) };
}

/**
 * The conversations among `conversationIds` that `userId` is a current member of (one query);
 * undefined before the read model is built.
 */
export async function memberConversationsAmong(
  knex: Knex,
  userId: string,
  conversationIds: readonly string[],
): Promise<Set<string> | undefined> {
  const list = await activeTable(knex, MESSAGING_PROJECTION, 'conversation_list');
  if (!list) return undefined;
  if (conversationIds.length === 0) return new Set();
  const rows: { conversation_id: string }[] = await knex(list)
    .select('conversation_id')
    .where('user_id', userId)
    .whereNull('left_at')
    .whereIn('conversation_id', [...conversationIds]);
  return new Set(rows.map((r) => r.conversation_id));
}
