import { defineFeedSource, isoSql, type FeedRowHead } from '../../../projectors/feed/index.js';
import { documentChange, type DocumentFeedFields } from './documentChange.js';
import { currentMembershipsSql } from './readSpaceMembers.js';

type DocumentFeedRow = FeedRowHead & DocumentFeedFields;

const common = { projection: 'documents', table: 'documents', collections: 'app', body: 'document' } as const;

/** Private app-collection documents of the user: the row's collection is the app collection's. */
export const documentFeedSource = defineFeedSource<DocumentFeedRow>({
  ...common,
  name: 'documents',
  select: (t) => `select collection, document_id as id, version, position,
      ${isoSql('deleted_at')} as deleted_at, fields, field_positions, created_position
    from ${t} where owner_id = ?::uuid and space_id is null`,
  toChange: documentChange,
});

/** The members table of the same documents projection version as `documentsTable`. */
const membersOf = (documentsTable: string) => documentsTable.replace(/^rm_documents_/, 'rm_space_members_');

/**
 * Space documents for a current member: each appears at the later of its own position and the
 * member's join, so joining brings the whole space into the feed. The id is `<space>/<document>`.
 */
export const spaceDocumentFeedSource = defineFeedSource<DocumentFeedRow>({
  ...common,
  name: 'space documents',
  select: (t) => `select d.collection, d.space_id::text || '/' || d.document_id as id, d.version,
      greatest(d.position, m.joined_position) as position, ${isoSql('d.deleted_at')} as deleted_at,
      d.fields, d.field_positions, greatest(d.created_position, m.joined_position) as created_position
    from ${t} d join (${currentMembershipsSql(membersOf(t))}) m on m.space_id = d.space_id`,
  toChange: documentChange,
});

/** Leaving a space: each of its documents becomes a tombstone in the former member's feed. */
export const leftSpaceFeedSource = defineFeedSource<DocumentFeedRow>({
  ...common,
  name: 'left spaces',
  select: (t) => `select d.collection, d.space_id::text || '/' || d.document_id as id, d.version,
      m.left_position as position, ${isoSql('m.left_at')} as deleted_at,
      null::jsonb as fields, null::jsonb as field_positions, null::bigint as created_position
    from ${t} d join ${membersOf(t)} m on m.space_id = d.space_id
    where m.user_id = ?::uuid and m.left_position is not null and d.position < m.left_position`,
  toChange: documentChange,
});
