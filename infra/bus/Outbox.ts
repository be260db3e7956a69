import type { Knex } from 'knex';
import type { BusMessage } from './Bus.js';

/**
 * Publishing inside a caller's database transaction: the messages exist exactly when it
 * commits. Only a bus kept in the read-model database can offer it (PostgresBus does); it is a
 * port of its own so that `Bus` speaks in messages only. A projection runner given an outbox
 * publishes through it (exactly once); without one it publishes on the bus before its
 * checkpoint commits (at least once).
 */
export interface Outbox {
  publishWithin(trx: Knex.Transaction, topic: string, messages: readonly BusMessage[]): Promise<void>;
}
