import type { Knex } from 'knex';

/** Where a feed read may go: up to `upTo`, and not from below `horizon`. */
export interface FeedBounds {
  upTo: number;
  horizon: number;
}

/**
 * Where a feed read may go, in one round trip: `upTo`, the lowest checkpoint of the feed
 * projections' active versions (0 while one has none), and `horizon`, the position below which
 * cursors must refetch because tombstones were forgotten.
 */
export async function feedBounds(knex: Knex, projections: readonly string[]): Promise<FeedBounds> {
  const result = await knex.raw<{
    rows: { up_to: string | null; missing: string; horizon: string | null }[];
  }>(
    `select (select min(c.position) from projection_checkpoints c
               join projection_registry r on r.projection = c.projection and r.active_version = c.version
              where c.projection = any(?::text[])) as up_to,
            (select count(*) from unnest(?::text[]) p
              where p not in (select projection from projection_registry)) as missing,
            (select position from feed_horizon where id = 1) as horizon`,
    [[...projections], [...projections]],
  );
  const row = result.rows[0];
  return {
    upTo: !row || Number(row.missing) > 0 ? 0 : Number(row.up_to ?? 0),
    horizon: Number(row?.horizon ?? 0),
  };
}
