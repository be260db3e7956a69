import { defineFeedSource, isoSql, type FeedRowHead } from '../../../projectors/feed/index.js';
import type { ChangeProperties } from '../../../proto/index.js';
import { MESSAGING_PROJECTION } from './messagingTables.js';

type Json<T> = T | string | null;
const parse = <T>(value: Json<T>, empty: T): T =>
  value === null ? empty : typeof value === 'string' ? (JSON.parse(value) as T) : value;

interface LastMessage {
  id: string;
  seq: number;
  senderId: string;
  text: string | null;
  sentAt: string;
}
interface Member {
  userId: string;
  role: string;
  deliveredUpTo: number;
  readUpTo: number;
}

interface ConversationRow extends FeedRowHead {
  kind: string;
  name: string | null;
  avatar_blob_id: string | null;
  role: string;
  muted: boolean;
  members: Json<Member[]>;
  last_seq: number;
  last_message: Json<LastMessage>;
  delivered_up_to: number;
  read_up_to: number;
  unread: number;
}

/** The user's conversations: the `conversations` system collection; one they left is a tombstone. */
export const conversationFeedSource = defineFeedSource<ConversationRow>({
  name: 'conversations',
  projection: MESSAGING_PROJECTION,
  table: 'conversation_list',
  collections: ['conversations'],
  body: 'conversation',
  select: (t) => `select 'conversations'::text as collection, conversation_id::text as id, version, position,
      ${isoSql('left_at')} as deleted_at, kind, name, avatar_blob_id, role, muted, members, last_seq,
      last_message, delivered_up_to, read_up_to, unread
    from ${t} where user_id = ?::uuid`,
  toChange: (row, head) => {
    const last = parse<LastMessage | null>(row.last_message, null);
    return {
      ...head,
      conversation: {
        id: row.id,
        kind: row.kind,
        name: row.name ?? '',
        avatarBlobId: row.avatar_blob_id ?? '',
        role: row.role,
        muted: row.muted,
        members: parse<Member[]>(row.members, []),
        lastSeq: row.last_seq,
        ...(last
          ? {
              lastMessage: {
                id: last.id,
                conversationId: row.id,
                seq: last.seq,
                senderId: last.senderId,
                text: last.text ?? '',
                sentAt: last.sentAt,
              },
            }
          : {}),
        deliveredUpTo: row.delivered_up_to,
        readUpTo: row.read_up_to,
        unread: row.unread,
      },
    } satisfies ChangeProperties;
  },
});

interface MessageRow extends FeedRowHead {
  conversation_id: string;
  seq: number;
  sender_id: string;
  client_message_id: string;
  text: string | null;
  attachments: Json<string[]>;
  reply_to: string | null;
  reactions: Json<Record<string, string[]>>;
  sent_at: string;
  edited_at: string | null;
}

/** The members table of the same projection version as `messagesTable`. */
const listOf = (messagesTable: string) =>
  messagesTable.replace(/^rm_chat_messages_/, 'rm_conversation_list_');

/**
 * Messages of the conversations the user is a current member of: the `messages` system
 * collection; a deleted one is a tombstone. Each appears at the later of its own position and
 * the member's join, so joining brings the history into the feed (as for space documents, a
 * join on the member rows, not a range scan of one index).
 */
export const messageFeedSource = defineFeedSource<MessageRow>({
  name: 'messages',
  projection: MESSAGING_PROJECTION,
  table: 'chat_messages',
  collections: ['messages'],
  body: 'chatMessage',
  select: (t) => `select 'messages'::text as collection, m.message_id::text as id, m.version,
      greatest(m.position, l.joined_position) as position, ${isoSql('m.deleted_at')} as deleted_at,
      m.conversation_id::text as conversation_id, m.seq, m.sender_id::text as sender_id,
      m.client_message_id, m.text, m.attachments, m.reply_to::text as reply_to, m.reactions,
      ${isoSql('m.sent_at')} as sent_at, ${isoSql('m.edited_at')} as edited_at
    from ${t} m join ${listOf(t)} l on l.conversation_id = m.conversation_id
    where l.user_id = ?::uuid and l.left_at is null`,
  toChange: (row, head) => ({
    ...head,
    chatMessage: {
      id: row.id,
      conversationId: row.conversation_id,
      seq: row.seq,
      senderId: row.sender_id,
      text: row.text ?? '',
      attachments: parse<string[]>(row.attachments, []),
      replyTo: row.reply_to ?? '',
      reactions: Object.entries(parse<Record<string, string[]>>(row.reactions, {})).map(
        ([emoji, userIds]) => ({
          emoji,
          userIds,
        }),
      ),
      sentAt: row.sent_at,
      editedAt: row.edited_at ?? '',
      clientMessageId: row.client_message_id,
    },
  }),
});
