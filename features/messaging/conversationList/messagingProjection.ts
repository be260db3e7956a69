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
import { applyUserErased } from './applyUserErased.js';

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
    if (event.type === 'UserErased') return applyUserErased(event, context);
  },
});
