import { withSchemaLock, type Database } from '../../postgres/index.js';
import type { Snapshot, SnapshotStore } from '../SnapshotStore.js';

interface SnapshotRow {
  stream_version: string | number;
  position: string | number;
  state_version: number;
  state: unknown;
}

/**
 * Snapshots in `es_snapshots` beside the read models (Postgres server or PGlite), whichever
 * event store holds the events (EventStoreDB included): one row per stream, its latest snapshot.
 */
export class PostgresSnapshotStore implements SnapshotStore {
  private constructor(private readonly db: Database) {}

  static async open(db: Database): Promise<PostgresSnapshotStore> {
    await withSchemaLock(db.knex, 'event-store-snapshots', (trx) =>
      trx.raw(`create table if not exists es_snapshots (
        stream_name text primary key,
        stream_version bigint not null,
        position bigint not null,
        state_version int not null,
        state jsonb not null,
        taken_at timestamptz not null default now()
      )`),
    );
    return new PostgresSnapshotStore(db);
  }

  async read(stream: string): Promise<Snapshot | undefined> {
    const row = await this.db
      .knex('es_snapshots')
      .where({ stream_name: stream })
      .first<SnapshotRow | undefined>('stream_version', 'position', 'state_version', 'state');
    if (!row) return undefined;
    return {
      stream,
      version: Number(row.stream_version),
      position: Number(row.position),
      stateVersion: row.state_version,
      state: row.state,
    };
  }

  async write(snapshot: Snapshot): Promise<void> {
    await this.db.knex.raw(
      `insert into es_snapshots (stream_name, stream_version, position, state_version, state)
       values (?, ?, ?, ?, ?::jsonb)
       on conflict (stream_name) do update set stream_version = excluded.stream_version,
         position = excluded.position, state_version = excluded.state_version, state = excluded.state,
         taken_at = now()
       where es_snapshots.stream_version < excluded.stream_version
          or es_snapshots.state_version <> excluded.state_version`,
      [
        snapshot.stream,
        snapshot.version,
        snapshot.position,
        snapshot.stateVersion,
        JSON.stringify(snapshot.state),
      ],
    );
  }
}
