import type { Knex } from 'knex';

/**
 * One page of `query` ordered by the unique column `key`, after the key value `after` (from the
 * start when undefined), at most `limit` rows; `last` is the page's last row when more follow.
 */
export async function keysetPage<Row>(
  query: Knex.QueryBuilder,
  key: string,
  after: string | number | undefined,
  limit: number,
): Promise<{ rows: Row[]; last: Row | undefined }> {
  if (after !== undefined) void query.andWhere(key, '>', after);
  const rows: Row[] = await query.orderBy(key).limit(limit + 1);
  const page = rows.slice(0, limit);
  return { rows: page, last: rows.length > limit ? page[page.length - 1] : undefined };
}
