import type { FeedRead } from './FeedSource.js';

/**
 * A source's page: its rows after the cursor and up to `upTo`, in (position, collection, id)
 * order, `limit` at most: with an index on (user, position) it is a range scan that stops after
 * `limit` rows however many the user holds. `position >= ?` repeats the row comparison's first
 * column so the planner can use the index. Bindings: `pageBindings` of the same request.
 */
export function pageSql(sourceSql: string, filtered: boolean): string {
  const filter = filtered ? " and collection = any(string_to_array(?::text, ','))" : '';
  return `select * from (${sourceSql}) s
    where position >= ? and (position, collection, id) > (?, ?, ?) and position <= ?${filter}
    order by position, collection, id limit ?`;
}

/** The bindings of `pageSql` for a request. */
export function pageBindings(request: FeedRead): (string | number)[] {
  const { userId, after, upTo, limit, collections } = request;
  return [
    userId,
    after.position,
    after.position,
    after.collection,
    after.id,
    upTo,
    ...(collections ? [collections.join(',')] : []),
    limit,
  ];
}
