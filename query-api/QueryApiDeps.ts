import type { Database } from '../infra/postgres/index.js';
import type { Revocations, TokenService } from '../platform/auth/index.js';
import type { Logger, Metrics } from '../platform/observability/index.js';
import type { FeedChangeTracker } from './feed/FeedChangeTracker.js';
import type { FeedCursorCodec } from './feed/feedCursor.js';

export interface QueryApiDeps {
  /** Read models (never the event store). */
  db: Database;
  tokens: TokenService;
  revocations: Revocations;
  tracker: FeedChangeTracker;
  cursors: FeedCursorCodec;
  logger: Logger;
  metrics: Metrics;
  /** Longest `wait=` a long-poll may ask for, in seconds. */
  maxWaitSeconds: number;
}
