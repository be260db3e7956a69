import type { MessageSent } from '../../../domain/conversation/index.js';
import type { ProjectionContext, Recorded } from '../../../projectors/runtime/index.js';
import { memberListSql } from './memberRows.js';

/** What the list shows of the last message. */
const lastMessage = ({ messageId, seq, userId, text, at }: MessageSent['data']) => ({
  id: messageId,
  seq,
  senderId: userId,
  text,
  sentAt: at,
});

/**
 * A message sent, in two statements: the message into `chat_messages` with, when it is new, the
 * conversation's last message; then every list row of the conversation at once. A message
 * delivered again inserts nothing and changes nothing else.
 */
export async function applyMessageSent(event: Recorded<MessageSent>, context: ProjectionContext) {
  const { trx, table, announceChange } = context;
  const list = table('conversation_list');
  const { conversationId, messageId, seq, userId, at, clientMessageId, text, attachments, replyTo } =
    event.data;
  const values = {
    conversationId,
    messageId,
    seq,
    userId,
    at,
    clientMessageId,
    text,
    attachments: JSON.stringify(attachments),
    replyTo,
    position: event.position,
    last: JSON.stringify(lastMessage(event.data)),
  };
  const inserted = await trx.raw<{ rows: { inserted: number }[] }>(
    `with inserted as (
       insert into ${table('chat_messages')} (message_id, conversation_id, seq, sender_id,
         client_message_id, text, attachments, reply_to, sent_at, version, position)
       values (:messageId, :conversationId, :seq, :userId, :clientMessageId, :text, :attachments,
         :replyTo, :at, 0, :position)
       on conflict (message_id) do nothing
       returning conversation_id
     ), last as (
       update ${table('conversations')} c set last_seq = :seq, last_message = :last
       from inserted i where c.conversation_id = i.conversation_id and c.last_seq < :seq
     )
     select count(*)::int as inserted from inserted`,
    values,
  );
  if (inserted.rows[0]!.inserted === 0) return; // delivered again

  // The sender has read what they answer (in their row and in every member list); the other
  // current members have one more unread; every current member's row moves and is announced.
  const sender = (column: string) =>
    `case when m.user_id = :userId then greatest(m.${column}, :seq) else m.${column} end`;
  const touched = await trx.raw<{ rows: { user_id: string; current: boolean }[] }>(
    `update ${list} l set
       last_seq = case when l.left_at is null and l.last_seq < :seq then :seq else l.last_seq end,
       last_message = case when l.left_at is null and l.last_seq < :seq
         then cast(:last as jsonb) else l.last_message end,
       read_up_to = case when l.user_id = :userId
         then greatest(l.read_up_to, :seq) else l.read_up_to end,
       delivered_up_to = case when l.user_id = :userId
         then greatest(l.delivered_up_to, :seq) else l.delivered_up_to end,
       unread = case when l.user_id = :userId then 0
         when l.left_at is null and l.read_up_to < :seq then l.unread + 1 else l.unread end,
       members = case when l.left_at is null then ${memberListSql(list, sender)} else l.members end,
       version = case when l.left_at is null then l.version + 1 else l.version end,
       position = case when l.left_at is null then :position else l.position end
     where l.conversation_id = :conversationId and (l.left_at is null or l.user_id = :userId)
     returning l.user_id, l.left_at is null as current`,
    values,
  );
  for (const row of touched.rows) if (row.current) announceChange(row.user_id, event.position);
}
