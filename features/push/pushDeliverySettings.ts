import { int } from '../../platform/settings/index.js';
import { notificationCatalogSetting } from './notificationCatalogSetting.js';
import {
  DEFAULT_DELIVERY_LEASE_MS,
  DEFAULT_SEND_BATCHES,
  DEFAULT_SEND_BATCH_SIZE,
  DEFAULT_SEND_CONCURRENCY,
} from './sender/index.js';

/** The push sender's retries and circuit breakers (README, "Configuration" and "Push sender"), and the catalog. */
export const pushDeliverySettings = {
  PUSH_RETRY_MAX_ATTEMPTS: int(1, 100).default(8),
  PUSH_RETRY_BASE_MS: int(1, 3_600_000).default(1_000),
  PUSH_RETRY_MAX_DELAY_MS: int(1, 86_400_000).default(300_000),
  PUSH_BREAKER_FAILURES: int(1, 10_000).default(5),
  PUSH_BREAKER_COOLDOWN_MS: int(100, 3_600_000).default(30_000),
  PUSH_DELIVERY_LEASE_MS: int(1_000, 3_600_000).default(DEFAULT_DELIVERY_LEASE_MS),
  /** Provider calls in flight at once per sender process (docs/push-batch.md). */
  PUSH_SEND_CONCURRENCY: int(1, 10_000).default(DEFAULT_SEND_CONCURRENCY),
  /** Push requests claimed, sent and recorded together per bus partition (docs/push-batch.md). */
  PUSH_SEND_BATCH_SIZE: int(1, 5_000).default(DEFAULT_SEND_BATCH_SIZE),
  /** Batches in flight at once per sender process, a partition's next ones included; 0: one per partition, in order. */
  PUSH_SEND_BATCHES: int(0, 1_000).default(DEFAULT_SEND_BATCHES),
  PUSH_TOPICS_FILE: notificationCatalogSetting,
  /** At most one silent sync push per device per this many seconds; 0: none (docs/push-silent-sync.md). */
  PUSH_SYNC_INTERVAL_SECONDS: int(0, 86_400).default(60),
  /** Devices per fan-out page of a notification (docs/push-sending.md). */
  PUSH_FANOUT_PAGE_SIZE: int(1, 10_000).default(500),
  /** How often the campaign wave worker looks for due waves, in ms (docs/push-campaigns.md). */
  PUSH_CAMPAIGN_POLL_MS: int(100, 600_000).default(1_000),
};
