import type { MessageEvent, ReceiptEvent } from '../../../domain/conversation/index.js';
import type { ProjectionContext, Recorded } from '../../../projectors/runtime/index.js';
import { applyMessageSent } from './applyMessageSent.js';
import { recountUnread, touchMembers } from './memberRows.js';

/** Messages into `chat_messages`, and what they change in every member's list row. */
export async function applyMessage(event: Recorded<MessageEvent>, context: ProjectionContext) {
  const { trx, table } = context;
  const messages = table('chat_messages');
  const { conversationId, messageId, userId, at } = event.data;
  const bump = { version: trx.raw('version + 1'), position: event.position };
  const own = () => trx(messages).where({ message_id: messageId });
  switch (event.type) {
    case 'MessageSent':
      return applyMessageSent(event, context);
    case 'MessageEdited':
      await own().update({ text: event.data.text, edited_at: at, ...bump });
      await setLastText(context, conversationId, messageId, event.data.text);
      return touchMembers(context, conversationId, event.position);
    case 'MessageDeleted': {
      await own().update({ text: null, attachments: '[]', reactions: '{}', deleted_at: at, ...bump });
      await setLastText(context, conversationId, messageId, null);
      await recountUnread(context, conversationId);
      return touchMembers(context, conversationId, event.position);
    }
    case 'MessageReactionAdded':
    case 'MessageReactionRemoved': {
      const row = await own().first<{ reactions: Record<string, string[]> } | undefined>('reactions');
      if (!row) return;
      const { emoji } = event.data;
      const mine = Object.hasOwn(row.reactions, emoji) ? row.reactions[emoji]! : [];
      const others = mine.filter((id) => id !== userId);
      const users = event.type === 'MessageReactionAdded' ? [...others, userId] : others;
      const { [emoji]: _old, ...rest } = row.reactions;
      const reactions = users.length > 0 ? { ...rest, [emoji]: users } : rest;
      await own().update({ reactions: JSON.stringify(reactions), ...bump });
      return touchMembers(context, conversationId, event.position);
    }
  }
}

/** The last message's text in the conversation and its list rows, when `messageId` is the last. */
async function setLastText(
  { trx, table }: ProjectionContext,
  conversationId: string,
  messageId: string,
  text: string | null,
) {
  const set = {
    last_message: trx.raw(`jsonb_set(last_message, '{text}', ?::jsonb)`, [JSON.stringify(text)]),
  };
  for (const base of ['conversations', 'conversation_list'])
    await trx(table(base))
      .where({ conversation_id: conversationId })
      .whereRaw(`last_message->>'id' = ?`, [messageId])
      .update(set);
}

/** A member's delivered and read markers; their unread count follows the read marker. */
export async function applyReceipt(event: Recorded<ReceiptEvent>, context: ProjectionContext) {
  const { trx, table } = context;
  const { conversationId, userId, upTo } = event.data;
  const greatest = (column: string) => trx.raw(`greatest(${column}, ?)`, [upTo]);
  await trx(table('conversation_list'))
    .where({ conversation_id: conversationId, user_id: userId })
    .update({
      delivered_up_to: greatest('delivered_up_to'),
      ...(event.type === 'MessagesRead' ? { read_up_to: greatest('read_up_to') } : {}),
    });
  await recountUnread(context, conversationId, userId);
  return touchMembers(context, conversationId, event.position, { members: true });
}
