import type { Knex } from 'knex';

/** A Postgres database reached through knex, on a real server (`pg`) or in-process (PGlite). */
export interface Database {
  readonly kind: 'postgres' | 'pglite';
  readonly knex: Knex;
  /** Calls `onNotify` with the payload of every NOTIFY on `channel`; resolves to an unsubscribe function. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
