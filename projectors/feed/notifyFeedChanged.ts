import type { Knex } from 'knex';

export const FEED_CHANNEL = 'feed_changed';

/** Tells query-api instances (LISTEN) that a user's feed changed; sent only if the transaction commits. */
export async function notifyFeedChanged(
  trx: Knex.Transaction,
  userId: string,
  position: number,
): Promise<void> {
  await trx.raw('select pg_notify(?, ?)', [FEED_CHANNEL, `${userId}:${position}`]);
}
