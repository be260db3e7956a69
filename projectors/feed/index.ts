export type { ChangeContext, FeedAfter, FeedEntry, FeedRead, FeedSource } from './FeedSource.js';
export {
  defineFeedSource,
  type ChangeHead,
  type FeedRowHead,
  type FeedSourceSpec,
} from './defineFeedSource.js';
export { isoSql } from './isoSql.js';
export { pageBindings, pageSql } from './pageSql.js';
