export { FEED_CHANNEL, notifyFeedChanged } from './notifyFeedChanged.js';
export { isoSql, type FeedRow, type FeedSource } from './FeedSource.js';
