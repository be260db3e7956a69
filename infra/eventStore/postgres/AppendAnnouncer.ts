import type { Database } from '../../postgres/index.js';
import { APPEND_CHANNEL } from './constants.js';

/** The application name of every Database's LISTEN connection (PgListener). */
const LISTENER_APPLICATION = 'eventide-listener';
/** Payload prefixes: a store opening (or back on its LISTEN connection), and an answer to one. */
const HELLO = 'hello ';
const HERE = 'here ';

/**
 * Tells every other listening process that appends committed (NOTIFY on APPEND_CHANNEL, the
 * payload naming the announcing store so it can ignore its own), after their commits. At most one
 * NOTIFY is in flight per store: the appends that commit meanwhile share the next one, so a
 * busy writer sends one per round trip, not one per append. A NOTIFY that fails is not retried:
 * readers also poll, so it only delays.
 *
 * A store alone on its database (one process, its own readers woken in memory) sends none. It
 * starts sending for good once another process may listen: one did when it opened (another
 * LISTEN connection on the database), or one says hello (opening, or back on its LISTEN
 * connection) or answers its hello, or announces appends, or its own LISTEN connection was lost
 * (what it missed meanwhile is unknown). PGlite is one process whose readers may sit behind
 * other stores: it always sends.
 */
export class AppendAnnouncer {
  private pending = false;
  private sending: Promise<void> | undefined;
  private othersListen: boolean;

  constructor(
    private readonly db: Database,
    private readonly origin: string,
  ) {
    this.othersListen = db.kind === 'pglite';
  }

  /**
   * Once this store LISTENs: whether other processes listen on the database already, and a
   * hello to those that do (they announce their appends from now on, and answer).
   */
  async start(): Promise<void> {
    if (this.othersListen) return;
    const { rows } = await this.db.knex.raw<{ rows: { listeners: number | string }[] }>(
      'select count(*) as listeners from pg_stat_activity where datname = current_database() and application_name = ?',
      [LISTENER_APPLICATION],
    );
    if (Number(rows[0]?.listeners ?? 0) > 1) this.othersListen = true;
    await this.say(HELLO);
  }

  /** A NOTIFY payload heard: whether it announces another store's appends (readers look again). */
  heard(payload: string): boolean {
    if (payload === this.origin || payload === HELLO + this.origin || payload === HERE + this.origin)
      return false;
    this.othersListen = true;
    if (payload.startsWith(HELLO)) void this.say(HERE).catch(() => undefined);
    return !payload.startsWith(HELLO) && !payload.startsWith(HERE);
  }

  /** The LISTEN connection was re-established: notifications may have been missed, hellos too. */
  listenerReset(): void {
    this.othersListen = true;
    void this.say(HELLO).catch(() => undefined);
  }

  private async say(prefix: string): Promise<void> {
    await this.db.knex.raw('select pg_notify(?, ?)', [APPEND_CHANNEL, prefix + this.origin]);
  }

  announce(): void {
    if (!this.othersListen) return;
    this.pending = true;
    this.sending ??= this.send();
  }

  /** Resolves once every announcement has been sent (or has failed to be). */
  async flush(): Promise<void> {
    await this.sending;
  }

  private async send(): Promise<void> {
    while (this.pending) {
      this.pending = false;
      await this.db
        .preparedQuery('es_announce', 'select pg_notify(?, ?)', [APPEND_CHANNEL, this.origin])
        .catch(() => undefined);
    }
    this.sending = undefined;
  }
}
