export { awaitMinPosition } from './waitForPosition.js';
export { FeedChangeTracker } from './FeedChangeTracker.js';
export { FeedCursorCodec } from './feedCursor.js';
export { feedRoutes } from './feedRoutes.js';
export { queryFeed } from './queryFeed.js';
export { feedNotModified } from './feedNotModified.js';
export { FEED_PULLS_TABLE, FeedPullLog } from './FeedPullLog.js';
