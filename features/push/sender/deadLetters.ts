import type { Knex } from 'knex';

/** A delivery that will not be tried again unless replayed: it failed for good or ran out of attempts. */
export interface DeadLetter {
  /** The delivery key (event id + device id). */
  id: string;
  deviceId: string;
  userId: string | null;
  provider: string;
  kind: string | null;
  /** Why: the provider's answer, or how many attempts it took to give up. */
  reason: string;
  attempts: number;
  deadAt: string;
  /** False for a letter recorded before the ledger kept notifications: it cannot be replayed. */
  replayable: boolean;
}

interface Row {
  notification_id: string;
  device_id: string;
  provider: string;
  detail: string | null;
  attempts: number;
  delivered_at: Date | string;
  user_id: string | null;
  kind: string | null;
  replayable: boolean;
}

/** Dead letters in delivery-key order, `limit` after the key `after`; `next` is the key to ask after. */
export async function listDeadLetters(
  knex: Knex,
  page: { limit: number; after?: string },
): Promise<{ deadLetters: DeadLetter[]; next: string | null }> {
  const rows = await knex('push_deliveries')
    .where({ status: 'failed' })
    .modify((q) => {
      if (page.after !== undefined) q.andWhere('notification_id', '>', page.after);
    })
    .orderBy('notification_id')
    .limit(page.limit + 1)
    .select<Row[]>(
      'notification_id',
      'device_id',
      'provider',
      'detail',
      'attempts',
      'delivered_at',
      knex.raw(`notification->>'userId' as user_id`),
      knex.raw(`notification->>'kind' as kind`),
      knex.raw('notification is not null as replayable'),
    );
  const more = rows.length > page.limit;
  const shown = rows.slice(0, page.limit);
  return {
    deadLetters: shown.map((r) => ({
      id: r.notification_id,
      deviceId: r.device_id,
      userId: r.user_id,
      provider: r.provider,
      kind: r.kind,
      reason: r.detail ?? '',
      attempts: Number(r.attempts),
      deadAt: new Date(r.delivered_at).toISOString(),
      replayable: Boolean(r.replayable),
    })),
    next: more ? shown[shown.length - 1]!.notification_id : null,
  };
}

/**
 * Puts dead letters back in the retry loop, due now with their attempts reset: one delivery key,
 * or every replayable one (`all`). Returns the keys put back. Idempotent: a key that is not a dead
 * letter any more (replayed before, or sent since) is left alone, and the replayed key goes through
 * the ledger like any retry, so it reaches the provider at most once more.
 */
export async function replayDeadLetters(
  knex: Knex,
  which: { id: string } | { all: true },
): Promise<string[]> {
  const rows = await knex('push_deliveries')
    .where({ status: 'failed' })
    .whereNotNull('notification')
    .modify((q) => {
      if ('id' in which) q.andWhere({ notification_id: which.id });
    })
    .update({
      status: 'retrying',
      attempts: 0,
      next_attempt_at: knex.fn.now(),
      claimed_until: null,
    })
    .returning<{ notification_id: string }[]>('notification_id');
  return rows.map((r) => r.notification_id);
}

/** Whether the ledger knows this delivery key at all. */
export async function isKnownDelivery(knex: Knex, id: string): Promise<boolean> {
  return (
    (await knex('push_deliveries').where({ notification_id: id }).first('notification_id')) !== undefined
  );
}
