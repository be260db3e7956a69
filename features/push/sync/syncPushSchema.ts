import type { Knex } from 'knex';
import { withSchemaLock } from '../../../infra/postgres/index.js';
import { FeedPullLog } from '../../../query-api/index.js';

/** Each device's sync state (see SyncPusher). */
export const SYNC_DEVICES_TABLE = 'push_sync_devices';

/**
 * `push_sync_devices`: per device, the latest feed position of its user noted (`wanted_position`),
 * the position up to which it is known synced (`settled_position`: pushed, or pulled by the
 * device itself), when the current pending change was first noted and when the last sync push
 * went (ms of the worker's clock). Pending: `wanted_position > settled_position` (indexed). The
 * query API's `feed_pulls` too, which the worker joins (whichever process starts first makes it).
 */
export async function ensureSyncPushSchema(knex: Knex): Promise<void> {
  await FeedPullLog.ensureSchema(knex);
  await withSchemaLock(knex, SYNC_DEVICES_TABLE, async (trx) => {
    await trx.raw(`create table if not exists ${SYNC_DEVICES_TABLE} (
      device_id uuid primary key, user_id uuid not null, wanted_position bigint not null,
      settled_position bigint not null default 0, noted_at_ms bigint not null, sent_at_ms bigint)`);
    await trx.raw(`create index if not exists ${SYNC_DEVICES_TABLE}_pending
      on ${SYNC_DEVICES_TABLE} (noted_at_ms) where wanted_position > settled_position`);
  });
}
