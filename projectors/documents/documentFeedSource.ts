import { isoSql, type FeedSource } from '../feed/index.js';

/**
 * Private app-collection documents of the user: the row's collection is the app collection's
 * name, f1 the fields as JSON, f2 the position each field last changed at (JSON), f3 the position
 * the document was created or revived at (for field masks).
 */
export const documentFeedSource: FeedSource = {
  collection: '*',
  projection: 'documents',
  table: 'documents',
  select: (
    t,
  ) => `select collection, document_id as id, version, position, ${isoSql('deleted_at')} as deleted_at,
      fields::text as f1, field_positions::text as f2, created_position::text as f3, null::text as f4,
      null::text as f5,
      null::text as f6, null::text as f7, null::text as f8
    from ${t} where owner_id = ?::uuid and space_id is null`,
};

/** The members table of the same documents projection version as `documentsTable`. */
const membersOf = (documentsTable: string) => documentsTable.replace(/^rm_documents_/, 'rm_space_members_');

/**
 * Space documents for a current member: each appears at the later of its own position and the
 * member's join, so joining brings the whole space into the feed. The id is `<space>/<document>`.
 */
export const spaceDocumentFeedSource: FeedSource = {
  collection: '*',
  projection: 'documents',
  table: 'documents',
  select: (t) => `select d.collection, d.space_id::text || '/' || d.document_id as id, d.version,
      greatest(d.position, m.joined_position) as position, ${isoSql('d.deleted_at')} as deleted_at,
      d.fields::text as f1, d.field_positions::text as f2,
      greatest(d.created_position, m.joined_position)::text as f3, null::text as f4, null::text as f5,
      null::text as f6, null::text as f7, null::text as f8
    from ${t} d join ${membersOf(t)} m on m.space_id = d.space_id
    where m.user_id = ?::uuid and m.left_position is null`,
};

/** Leaving a space: each of its documents becomes a tombstone in the former member's feed. */
export const leftSpaceFeedSource: FeedSource = {
  collection: '*',
  projection: 'documents',
  table: 'documents',
  select: (t) => `select d.collection, d.space_id::text || '/' || d.document_id as id, d.version,
      m.left_position as position, ${isoSql('m.left_at')} as deleted_at,
      null::text as f1, null::text as f2, null::text as f3, null::text as f4, null::text as f5,
      null::text as f6, null::text as f7, null::text as f8
    from ${t} d join ${membersOf(t)} m on m.space_id = d.space_id
    where m.user_id = ?::uuid and m.left_position is not null and d.position < m.left_position`,
};
