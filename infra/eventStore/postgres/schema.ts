import type { Knex } from 'knex';

import { APPEND_FUNCTION } from './appendFunction.js';
import { withSchemaLock } from '../../postgres/index.js';

export { APPEND_CHANNEL, APPEND_LOCK } from './constants.js';

/**
 * One table of events and one of stream versions. `position` is handed out while holding
 * APPEND_LOCK until commit, so positions become visible in order: a reader that has seen
 * position p has seen every committed position below p (gap-safe without snapshot tricks).
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
    ]) {
      await trx.raw(statement);
    }
  });
}
