export { inboxProjection } from './inboxProjection.js';
export { inboxCommandRoutes } from './inboxCommandRoutes.js';
export { inboxQueryRoutes } from './inboxQueryRoutes.js';
export { notificationBadgeFeedSource, notificationFeedSource } from './inboxFeedSources.js';
export {
  readReceiptCounts,
  readReceipts,
  readUnreadCounts,
  type PushReceipt,
  type ReceiptFilter,
} from './readInboxCounts.js';
export { readInbox, type InboxItem, type InboxPage } from './readInbox.js';
export { INBOX_PROJECTION } from './inboxTables.js';
