import { int } from '../../platform/settings/index.js';

/** The sync module's environment variables (README, "Configuration"). */
export const syncSettings = {
  SYNC_BODY_LIMIT_BYTES: int(1024, 100 * 1024 * 1024).default(4 * 1024 * 1024),
  SYNC_MAX_CLOCK_SKEW_SECONDS: int(1, 365 * 86_400).default(300),
  FEED_TOMBSTONE_RETENTION_SECONDS: int(1, 10 * 365 * 86_400).default(30 * 86_400),
  FEED_PRUNE_INTERVAL_SECONDS: int(1, 86_400).default(3600),
};
