import type { Knex } from 'knex';
import { APPEND_CHANNEL } from './constants.js';

/**
 * Tells every listening process that appends committed (NOTIFY on APPEND_CHANNEL, the payload
 * naming the announcing store so it can ignore its own), after their commits. At most one
 * NOTIFY is in flight per store: the appends that commit meanwhile share the next one, so a
 * busy writer sends one per round trip, not one per append. A NOTIFY that fails is not retried:
 * readers also poll, so it only delays.
 */
export class AppendAnnouncer {
  private pending = false;
  private sending: Promise<void> | undefined;

  constructor(
    private readonly knex: Knex,
    private readonly origin: string,
  ) {}

  announce(): void {
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
      await this.knex.raw('select pg_notify(?, ?)', [APPEND_CHANNEL, this.origin]).catch(() => undefined);
    }
    this.sending = undefined;
  }
}
