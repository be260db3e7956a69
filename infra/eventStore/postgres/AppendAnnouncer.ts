import type { Knex } from 'knex';
import { APPEND_CHANNEL } from './constants.js';

/**
 * Tells every listening process that appends committed (NOTIFY on APPEND_CHANNEL with the
 * highest position), after their commits. At most one NOTIFY is in flight per process: the
 * appends that commit meanwhile share the next one, so a busy writer sends one per round trip,
 * not one per append. A NOTIFY that fails is not retried: readers also poll, so it only delays.
 */
export class AppendAnnouncer {
  private highest = 0;
  private sending: Promise<void> | undefined;

  constructor(private readonly knex: Knex) {}

  announce(position: number): void {
    this.highest = Math.max(this.highest, position);
    this.sending ??= this.send();
  }

  /** Resolves once every announced position has been sent (or has failed to be). */
  async flush(): Promise<void> {
    await this.sending;
  }

  private async send(): Promise<void> {
    while (this.highest > 0) {
      const position = this.highest;
      this.highest = 0;
      await this.knex
        .raw('select pg_notify(?, ?)', [APPEND_CHANNEL, String(position)])
        .catch(() => undefined);
    }
    this.sending = undefined;
  }
}
