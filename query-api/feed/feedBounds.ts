import type { Database } from '../../infra/postgres/index.js';

const BOUNDS_SQL = `select (select min(c.position) from projection_checkpoints c
           join projection_registry r on r.projection = c.projection and r.active_version = c.version
          where c.projection = any(string_to_array(?::text, ','))) as up_to,
        (select count(*) from unnest(string_to_array(?::text, ',')) p
          where p not in (select projection from projection_registry)) as missing,
        (select position from feed_horizon where id = 1) as horizon`;

/** Where a feed read may go: up to `upTo`, and not from below `horizon`. */
export interface FeedBounds {
  upTo: number;
  horizon: number;
}

/**
 * Where a feed read may go, in one round trip: `upTo`, the lowest checkpoint of the feed
 * projections' active versions (0 while one has none), and `horizon`, the position below which
 * cursors must refetch because tombstones were forgotten. Every pull asks it, so it is a
 * prepared statement (planned once per connection, as the page's own).
 */
export async function feedBounds(
  db: Pick<Database, 'preparedQuery'>,
  projections: readonly string[],
): Promise<FeedBounds> {
  const names = projections.join(',');
  const [row] = await db.preparedQuery<{
    up_to: string | number | null;
    missing: string | number;
    horizon: string | number | null;
  }>('feed_bounds', BOUNDS_SQL, [names, names]);
  return {
    upTo: !row || Number(row.missing) > 0 ? 0 : Number(row.up_to ?? 0),
    horizon: Number(row?.horizon ?? 0),
  };
}
