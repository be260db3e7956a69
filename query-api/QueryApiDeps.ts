import type { Knex } from 'knex';
import type { TokenService } from '../platform/auth/index.js';
import type { Logger, Metrics } from '../platform/observability/index.js';
import type { FeedChangeTracker } from './feed/FeedChangeTracker.js';
import type { FeedCursorCodec } from './feed/feedCursor.js';

export interface QueryApiDeps {
  knex: Knex;
  tokens: TokenService;
  tracker: FeedChangeTracker;
  cursors: FeedCursorCodec;
  logger: Logger;
  metrics: Metrics;
  /** Longest `wait=` a long-poll may ask for, in seconds. */
  maxWaitSeconds: number;
}
