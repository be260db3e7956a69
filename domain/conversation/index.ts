// Conversations and messages (issue 13): pure deciders of four stream types.
export * from './conversationEvents.js';
export * from './messageEvents.js';
export * from './receiptEvents.js';
export * from './blockEvents.js';
export {
  conversationDecider,
  memberOf,
  CONVERSATION_CATEGORY,
  RECENT_MESSAGES,
} from './conversationDecider.js';
export { messageDecider, MESSAGE_CATEGORY } from './messageDecider.js';
export { receiptDecider, RECEIPT_CATEGORY, receiptStreamId } from './receiptDecider.js';
export { blockDecider, blocks, BLOCK_CATEGORY } from './blockDecider.js';
export {
  conversationPersonalFields,
  messagePersonalFields,
  receiptPersonalFields,
  blockPersonalFields,
} from './personalFields.js';
export {
  messagePushRecipients,
  MESSAGE_PUSH_MAX_AGE_MS,
  type MemberSkip,
  type MessagePushCheck,
  type MessagePushDecision,
  type MessagePushSkip,
  type PushCheckMember,
} from './messagePushRecipients.js';
export { messagePushContent, MESSAGE_PREVIEW_LENGTH, type MessagePushSource } from './messagePushContent.js';
