import type { Knex } from 'knex';
import { activeTable } from '../../../projectors/runtime/index.js';

/**
 * Forgets what the feed no longer needs to tell: document tombstones and space departures older
 * than `before`. The feed horizon moves to the latest position forgotten; a cursor behind it
 * may have missed a deletion, so the feed answers it with `must_refetch` (query-api feedBounds
 * reads the horizon).
 */
export async function pruneTombstones(
  knex: Knex,
  before: Date,
): Promise<{ documents: number; departures: number; forgottenUpTo: number }> {
  const documents = await activeTable(knex, 'documents', 'documents');
  const members = await activeTable(knex, 'documents', 'space_members');
  if (!documents || !members) return { documents: 0, departures: 0, forgottenUpTo: 0 };
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
    return { documents: gone.length, departures: left.length, forgottenUpTo: latest };
  });
}
