import { isoSql, type FeedSource } from '../feed/index.js';

/**
 * App-collection documents of the user (private ones; spaces come later): the row's collection is
 * the app collection's name, f1 the fields as JSON.
 */
export const documentFeedSource: FeedSource = {
  collection: '*',
  projection: 'documents',
  table: 'documents',
  select: (
    t,
  ) => `select collection, document_id as id, version, position, ${isoSql('deleted_at')} as deleted_at,
      fields::text as f1, null::text as f2, null::text as f3, null::text as f4, null::text as f5,
      null::text as f6, null::text as f7, null::text as f8
    from ${t} where owner_id = ?::uuid and space_id is null`,
};
