export { messagingProjection } from './messagingProjection.js';
export { conversationFeedSource, messageFeedSource } from './messagingFeedSources.js';
export { MESSAGING_PROJECTION } from './messagingTables.js';
export { messagingExportOf } from './messagingExportOf.js';
export {
  attachedInReadableConversation,
  readConversation,
  readConversations,
  readMessages,
} from './readConversations.js';
export {
  circleOf,
  contactsAmong,
  isConversationMember,
  memberConversationsAmong,
  type CircleOf,
} from './readContacts.js';
