import type { Knex } from 'knex';

import { APPEND_FUNCTION, APPEND_MANY_FUNCTION, SAFE_POSITION_FUNCTION } from './appendFunction.js';
import { withSchemaLock } from '../../postgres/index.js';
import { READ_AFTER_FUNCTION } from './readAfterFunction.js';

export { APPEND_CHANNEL } from './constants.js';

/**
 * One table of events and one of stream versions. Appends commit concurrently, so positions
 * can become visible out of order; readers read only up to `es_safe_position()`, below which
 * every position is settled (see appendFunction.ts).
 */
export async function ensureEventStoreSchema(knex: Knex): Promise<void> {
  await withSchemaLock(knex, 'event-store', async (trx) => {
    for (const statement of [
      `create table if not exists es_streams (
        stream_name text primary key,
        version bigint not null
      )`,
      `create table if not exists es_events (
        position bigserial primary key,
        event_id uuid not null unique,
        stream_name text not null,
        stream_category text not null,
        stream_version bigint not null,
        event_type text not null,
        data jsonb not null,
        metadata jsonb not null,
        created_at timestamptz not null default now(),
        unique (stream_name, stream_version)
      )`,
      'create index if not exists es_events_category_position on es_events (stream_category, position)',
      'create index if not exists es_events_type_position on es_events (event_type, position)',
      APPEND_FUNCTION,
      APPEND_MANY_FUNCTION,
      SAFE_POSITION_FUNCTION,
      READ_AFTER_FUNCTION,
    ]) {
      await trx.raw(statement);
    }
  });
}
