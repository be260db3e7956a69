import type { Knex } from 'knex';

/** A value bound to a placeholder: text, a number, null, or an array of text. */
export type QueryBinding = string | number | null | readonly string[];

/** A Postgres database reached through knex, on a real server (`pg`) or in-process (PGlite). */
export interface Database {
  readonly kind: 'postgres' | 'pglite';
  readonly knex: Knex;
  /**
   * Calls `onNotify` with the payload of every NOTIFY on `channel`; resolves to an unsubscribe
   * function. If the listening connection is lost, it is re-established and `onReset` is called:
   * notifications sent meanwhile are gone, so callers must not trust what they learnt before.
   */
  listen(
    channel: string,
    onNotify: (payload: string) => void,
    onReset?: () => void,
  ): Promise<() => Promise<void>>;
  /**
   * Runs a hot read as a named prepared statement where the driver supports it (`pg`: planned
   * once per connection), else as a plain query. `sql` uses `?` placeholders, like knex.raw;
   * the same name must always come with the same SQL.
   */
  preparedQuery<Row>(name: string, sql: string, bindings: readonly QueryBinding[]): Promise<Row[]>;
  /**
   * PGlite only: a copy of the whole database folder (PGlite's dumpDataDir tarball), taken
   * between two statements, so it is what a SIGKILL at that instant would leave on disk:
   * opening it replays the WAL, with every committed transaction and none of the others.
   */
  snapshot?(): Promise<Uint8Array>;
  close(): Promise<void>;
}
