import {
  conversationDecider,
  messageDecider,
  receiptDecider,
  type ConversationEvent,
  type MessageEvent,
  type ReceiptEvent,
} from '../../../domain/conversation/index.js';
import { isEventOf } from '../../../domain/shared/index.js';
import type { UserErased } from '../../../domain/user/index.js';
import { defineProjection } from '../../../projectors/runtime/index.js';
import { applyMembership } from './applyMembership.js';
import { applyMessage, applyReceipt } from './applyMessages.js';
import { createMessagingTables, MESSAGING_PROJECTION } from './messagingTables.js';
import { touchMembers } from './memberRows.js';

type Handled = ConversationEvent | MessageEvent | ReceiptEvent | UserErased;

/**
 * The conversation list per user (last message, unread count, markers) and the messages of each
 * conversation. One partition: a message's row needs its conversation's, from another stream.
 */
export const messagingProjection = defineProjection<Handled>({
  name: MESSAGING_PROJECTION,
  version: 1,
  handles: [
    ...conversationDecider.eventTypes,
    ...messageDecider.eventTypes,
    ...receiptDecider.eventTypes,
    'UserErased',
  ],
  tables: ['conversations', 'conversation_list', 'chat_messages'],
  setup: createMessagingTables,
  partitionKey: () => MESSAGING_PROJECTION,
  async apply(event, context) {
    if (isEventOf<ConversationEvent, Handled>(conversationDecider.eventTypes, event))
      return applyMembership(event, context);
    if (isEventOf<MessageEvent, Handled>(messageDecider.eventTypes, event))
      return applyMessage(event, context);
    if (isEventOf<ReceiptEvent, Handled>(receiptDecider.eventTypes, event))
      return applyReceipt(event, context);
    if (event.type !== 'UserErased') return;
    // The erased sender's words go from every conversation; their own list goes.
    const { trx, table } = context;
    const userId = event.data.userId;
    const touched = await trx(table('chat_messages'))
      .where({ sender_id: userId })
      .whereNotNull('text')
      .update({ text: null, version: trx.raw('version + 1'), position: event.position }, ['conversation_id']);
    const conversations = [
      ...new Set((touched as { conversation_id: string }[]).map((r) => r.conversation_id)),
    ];
    const last = { last_message: trx.raw(`jsonb_set(last_message, '{text}', 'null'::jsonb)`) };
    for (const base of ['conversations', 'conversation_list'])
      await trx(table(base)).whereRaw(`last_message->>'senderId' = ?`, [userId]).update(last);
    await trx(table('conversation_list')).where({ user_id: userId }).delete();
    for (const id of conversations) await touchMembers(context, id, event.position);
  },
});
