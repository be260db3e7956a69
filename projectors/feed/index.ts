export { FEED_CHANNEL, notifyFeedChanged } from './notifyFeedChanged.js';
export type { FeedRow, FeedSource } from './FeedSource.js';
