import type { Knex } from 'knex';
import { activeRows } from '../../../projectors/runtime/index.js';
import { MESSAGING_PROJECTION } from './messagingTables.js';

/**
 * A user's messaging rows for their data export: their conversation list (one row per
 * conversation ever joined, a left one included) and every message they sent, as stored (a deleted
 * or shredded message's text is already null). The conversation and message streams are not
 * listed: they hold the other members' words too.
 */
export async function messagingExportOf(knex: Knex, userId: string) {
  const [conversations, messages] = await Promise.all([
    activeRows(knex, MESSAGING_PROJECTION, 'conversation_list', { user_id: userId }),
    activeRows(knex, MESSAGING_PROJECTION, 'chat_messages', { sender_id: userId }),
  ]);
  return { conversations, messages };
}
