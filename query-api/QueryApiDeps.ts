import type { Database } from '../infra/postgres/index.js';
import type { EventStore } from '../infra/eventStore/index.js';
import type { BlobStore } from '../infra/blobStore/index.js';
import type { Cache } from '../infra/cache/index.js';
import type { CheckpointWatch, FeedSource } from '../projectors/index.js';
import type { Revocations, TokenService } from '../platform/auth/index.js';
import type { Logger, Metrics } from '../platform/observability/index.js';
import type { FeedChangeTracker, FeedCursorCodec, FeedPullLog } from './feed/index.js';

export interface QueryApiDeps {
  /** Read models. */
  db: Database;
  /** Only for the data export (GDPR access): the user's own events. */
  store: EventStore;
  tokens: TokenService;
  revocations: Revocations;
  tracker: FeedChangeTracker;
  /**
   * Wakes reads waiting for a `min_position` when a checkpoint moves (this process's runners, or
   * a change announced by another process); without it they poll.
   */
  checkpoints?: CheckpointWatch;
  /** The collections of the delta feed: every module's feed sources. */
  feedSources: readonly FeedSource[];
  cursors: FeedCursorCodec;
  logger: Logger;
  metrics: Metrics;
  /** Longest `wait=` a long-poll may ask for, in seconds. */
  maxWaitSeconds: number;
  /** Uploaded blobs, served to those who may read a document referencing them. */
  blobs: BlobStore;
  /** Where each device's last pull reached (for silent sync pushes); none: not recorded. */
  pulls?: FeedPullLog;
  /**
   * The cache (Redis with REDIS_URL): the command side writes presence and typing to it (read and
   * subscribed here), and Socket.IO's adapter reaches the other processes through it.
   */
  cache: Cache;
  /**
   * Where the command API answers, for commands relayed from a socket: this process's own address
   * when it runs the command API too, else PUBLIC_URL (REALTIME_COMMAND_URL overrides both).
   */
  commandApiUrl(): string;
}
