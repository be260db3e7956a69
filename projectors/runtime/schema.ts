import type { Knex } from 'knex';
import { withSchemaLock } from '../../infra/postgres/index.js';

/** Bookkeeping shared by every projection: checkpoints, leases, parked events, active versions. */
export async function ensureProjectorSchema(knex: Knex): Promise<void> {
  await withSchemaLock(knex, 'projectors', async (trx) => {
    for (const statement of [
      `create table if not exists projection_checkpoints (
        projection text not null, version int not null, partition int not null, partitions int not null,
        position bigint not null default 0, updated_at timestamptz not null default now(),
        primary key (projection, version, partition))`,
      `create table if not exists projection_leases (
        projection text not null, version int not null, partition int not null,
        owner text not null, expires_at timestamptz not null,
        primary key (projection, version, partition))`,
      `create table if not exists projection_registry (
        projection text primary key, active_version int not null, switched_at timestamptz not null default now())`,
      `create table if not exists projection_parked (
        id bigserial primary key, projection text not null, version int not null, partition int not null,
        position bigint not null, event_id uuid not null, event_type text not null, stream_name text not null,
        error text not null, attempts int not null, parked_at timestamptz not null default now(),
        replayed_at timestamptz)`,
      // The feed's retention: cursors before this position may have missed a forgotten tombstone.
      `create table if not exists feed_horizon (id int primary key check (id = 1), position bigint not null)`,
    ]) {
      await trx.raw(statement);
    }
  });
}
