import type { Database } from '../postgres/index.js';
import type { ChangeSignal, UserChange } from './ChangeSignal.js';
import { CHANGE_CHANNEL, decodeMessage, encodeChanges, LOST_MESSAGE } from './changeMessages.js';

/**
 * Changes over Postgres NOTIFY/LISTEN: on a server, every process listening on the database
 * hears them (the listening connection heals itself and reports the gap as lost); on PGlite,
 * the one process that holds the database.
 */
export class PostgresChangeSignal implements ChangeSignal {
  readonly kind = 'postgres';

  constructor(private readonly db: Database) {}

  async publish(changes: readonly UserChange[]): Promise<void> {
    for (const message of encodeChanges(changes)) await this.notify(message);
  }

  async publishLost(): Promise<void> {
    await this.notify(LOST_MESSAGE);
  }

  subscribe(onChange: (userId: string, position: number) => void, onLost: () => void) {
    return this.db.listen(CHANGE_CHANNEL, (payload) => decodeMessage(payload, onChange, onLost), onLost);
  }

  private async notify(message: string): Promise<void> {
    await this.db.knex.raw('select pg_notify(?, ?)', [CHANGE_CHANNEL, message]);
  }
}
