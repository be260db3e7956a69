import type { Knex } from 'knex';

/**
 * Erasure (GDPR art. 17) in the delivery ledger: the rows of `userId` keep their counts (status,
 * provider, attempts) for the statistics, but lose the user id and the notification kept for a
 * retry or a dead letter (its push token, title and body); a retry still due is dropped, as the
 * user is gone. Nothing before the ledger exists (the sender creates it).
 */
export async function forgetUserDeliveries(trx: Knex | Knex.Transaction, userId: string): Promise<void> {
  const exists = await trx.raw<{ rows: { table: string | null }[] }>(
    `select to_regclass('push_deliveries')::text as table`,
  );
  if (!exists.rows[0]?.table) return;
  await trx('push_deliveries')
    .where({ user_id: userId })
    .update({
      user_id: null,
      notification: null,
      next_attempt_at: null,
      status: trx.raw(`case when status = 'retrying' then 'failed' else status end`),
      detail: trx.raw(`case when status = 'retrying' then 'user erased' else detail end`),
    });
}
