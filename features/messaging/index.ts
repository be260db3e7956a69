export { messagingModule } from './messagingModule.js';
export { createConversation } from './createConversation.js';
export { sendMessage } from './sendMessage.js';
export {
  circleOf,
  contactsAmong,
  isConversationMember,
  memberConversationsAmong,
  type CircleOf,
} from './conversationList/index.js';
export { readChatUnreadCounts } from './messagePush/index.js';
export { isMemberInLog } from './messagingReads.js';
