import type { PersonalFields } from '../shared/index.js';
import type { BlockEvent } from './blockEvents.js';
import type { ConversationEvent } from './conversationEvents.js';
import type { MessageEvent } from './messageEvents.js';
import type { ReceiptEvent } from './receiptEvents.js';

/** Membership names no personal data: ids, roles, and a group's name (not a person's). */
export const conversationPersonalFields = {
  ConversationCreated: [],
  ConversationMemberSet: [],
  ConversationMemberRemoved: [],
  ConversationDetailsChanged: [],
  ConversationMuted: [],
  MessageSequenced: [],
} satisfies PersonalFields<ConversationEvent>;

/** A message's words are its sender's (`userId`): erasing the sender shreds them. */
export const messagePersonalFields = {
  MessageSent: ['text'],
  MessageEdited: ['text'],
  MessageDeleted: [],
  MessageReactionAdded: [],
  MessageReactionRemoved: [],
} satisfies PersonalFields<MessageEvent>;

export const receiptPersonalFields = {
  MessagesDelivered: [],
  MessagesRead: [],
} satisfies PersonalFields<ReceiptEvent>;

export const blockPersonalFields = {
  UserBlocked: [],
  UserUnblocked: [],
} satisfies PersonalFields<BlockEvent>;
