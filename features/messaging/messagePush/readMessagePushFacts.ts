import type { Knex } from 'knex';
import type { PushCheckMember } from '../../../domain/conversation/index.js';
import { activeTable } from '../../../projectors/runtime/index.js';
import { MESSAGING_PROJECTION } from '../conversationList/index.js';

/** What a message push check reads of the messaging (and profiles) read models. */
export interface MessagePushFacts {
  kind: string;
  name: string | null;
  lastSeq: number;
  members: PushCheckMember[];
  message:
    | {
        id: string;
        seq: number;
        senderId: string;
        senderName: string | null;
        text: string | null;
        attachments: number;
        deleted: boolean;
        sentAt: string;
      }
    | undefined;
}

type MessageRow = {
  message_id: string;
  seq: number;
  sender_id: string;
  text: string | null;
  attachments: unknown;
  sent_at: Date | string;
  deleted_at: Date | string | null;
};

/**
 * The conversation, its current members (mute and markers) and its message `seq` (with the
 * sender's display name), three small queries; undefined before the read model is built or while
 * it has not reached the conversation (no row yet).
 */
export async function readMessagePushFacts(
  knex: Knex,
  conversationId: string,
  seq: number,
): Promise<MessagePushFacts | undefined> {
  const [conversations, list, messages, profiles] = await Promise.all([
    activeTable(knex, MESSAGING_PROJECTION, 'conversations'),
    activeTable(knex, MESSAGING_PROJECTION, 'conversation_list'),
    activeTable(knex, MESSAGING_PROJECTION, 'chat_messages'),
    activeTable(knex, 'profiles', 'profiles'),
  ]);
  if (!conversations || !list || !messages) return undefined;
  const conversation = await knex(conversations)
    .where({ conversation_id: conversationId })
    .first<{ kind: string; name: string | null; last_seq: number } | undefined>('kind', 'name', 'last_seq');
  if (!conversation) return undefined;
  const members = await knex(list)
    .where({ conversation_id: conversationId })
    .whereNull('left_at')
    .orderBy('user_id')
    .select<{ user_id: string; muted: boolean; delivered_up_to: number; read_up_to: number }[]>(
      'user_id',
      'muted',
      'delivered_up_to',
      'read_up_to',
    );
  const row = await knex(messages)
    .where({ conversation_id: conversationId, seq })
    .first<MessageRow | undefined>(
      'message_id',
      'seq',
      'sender_id',
      'text',
      'attachments',
      'sent_at',
      'deleted_at',
    );
  let senderName: string | null = null;
  if (row && profiles) {
    const profile = await knex(profiles)
      .where({ user_id: row.sender_id })
      .first<{ display_name: string | null } | undefined>('display_name');
    senderName = profile?.display_name ?? null;
  }
  const attachments = typeof row?.attachments === 'string' ? JSON.parse(row.attachments) : row?.attachments;
  return {
    kind: conversation.kind,
    name: conversation.name,
    lastSeq: Number(conversation.last_seq),
    members: members.map((m) => ({
      userId: m.user_id,
      muted: m.muted,
      deliveredUpTo: Number(m.delivered_up_to),
      readUpTo: Number(m.read_up_to),
    })),
    message: row && {
      id: row.message_id,
      seq: Number(row.seq),
      senderId: row.sender_id,
      senderName,
      text: row.text,
      attachments: Array.isArray(attachments) ? attachments.length : 0,
      deleted: row.deleted_at !== null,
      sentAt: new Date(row.sent_at).toISOString(),
    },
  };
}
