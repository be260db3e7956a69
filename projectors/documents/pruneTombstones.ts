import type { Knex } from 'knex';
import { activeTable } from '../runtime/index.js';

/**
 * Forgets what the feed no longer needs to tell: document tombstones and space departures older
 * than `before`. The feed horizon moves to the latest position forgotten; a cursor behind it
 * may have missed a deletion, so the feed answers it with `must_refetch`.
 */
export async function pruneTombstones(
  knex: Knex,
  before: Date,
): Promise<{ documents: number; departures: number; horizon: number }> {
  const documents = await activeTable(knex, 'documents', 'documents');
  const members = await activeTable(knex, 'documents', 'space_members');
  if (!documents || !members) return { documents: 0, departures: 0, horizon: await feedHorizon(knex) };
  return knex.transaction(async (trx) => {
    const gone = await trx(documents)
      .whereNotNull('deleted_at')
      .andWhere('deleted_at', '<', before)
      .delete()
      .returning<{ position: string }[]>('position');
    const left = await trx(members)
      .whereNotNull('left_position')
      .andWhere('left_at', '<', before)
      .delete()
      .returning<{ left_position: string }[]>('left_position');
    const latest = Math.max(
      0,
      ...gone.map((r) => Number(r.position)),
      ...left.map((r) => Number(r.left_position)),
    );
    if (latest > 0) {
      await trx.raw(
        `insert into feed_horizon (id, position) values (1, ?)
         on conflict (id) do update set position = greatest(feed_horizon.position, excluded.position)`,
        [latest],
      );
    }
    return { documents: gone.length, departures: left.length, horizon: await feedHorizon(trx) };
  });
}

/** The position below which cursors must refetch (0: nothing was ever forgotten). */
export async function feedHorizon(knex: Knex): Promise<number> {
  try {
    const row = await knex('feed_horizon')
      .where({ id: 1 })
      .first<{ position: string } | undefined>('position');
    return row ? Number(row.position) : 0;
  } catch (error) {
    // A query API started before any projector made the table: nothing forgotten yet.
    if ((error as { code?: string }).code === '42P01') return 0;
    throw error;
  }
}
