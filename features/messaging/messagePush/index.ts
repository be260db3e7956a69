export { messagePushProjection, MESSAGE_PUSHES, messagePushKey } from './messagePushProjection.js';
export { messagePushWorker } from './messagePushWorker.js';
export { readChatUnreadCounts } from './readChatUnreadCounts.js';
export { MESSAGE_PUSH_CHECKS_TOPIC } from './messagePushTopics.js';
export {
  checkMessagePush,
  checkMessagePushes,
  collapseKeyOf,
  messagePushId,
  MessagePushNotReadyError,
  type MessagePushCheckRequest,
} from './checkMessagePush.js';
