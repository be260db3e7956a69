export { isoSql, type FeedRow, type FeedSource } from './FeedSource.js';
