import type { DocumentEvent } from '../../../domain/sync/index.js';
import { blobReferences, type BlobUploaded } from '../../../domain/blob/index.js';
import type { UserErased } from '../../../domain/user/index.js';
import type { SpaceMemberRemoved, SpaceMemberSet } from '../../../domain/space/index.js';
import { defineProjection } from '../../../projectors/runtime/index.js';

/**
 * documents: one row per document of an app collection (deleted ones stay as tombstones for the
 * feed), keyed by its stream; and the members of each space, with the positions at which they
 * joined and left, so the feed shows a space's documents from the moment one joins and
 * tombstones them when one leaves. v2 added the members. v3 added, for field masks, the position
 * each field last changed at (removed fields included) and the position the document was
 * created (or revived) at. v4 added uploaded blobs and which documents reference them, so a blob
 * is served to those who can read such a document.
 */
export const documentsProjection = defineProjection<
  DocumentEvent | UserErased | SpaceMemberSet | SpaceMemberRemoved | BlobUploaded
>({
  name: 'documents',
  version: 4,
  handles: [
    'DocumentChanged',
    'DocumentDeleted',
    'UserErased',
    'SpaceMemberSet',
    'SpaceMemberRemoved',
    'BlobUploaded',
  ],
  tables: ['documents', 'space_members', 'blobs', 'blob_refs'],
  async setup(trx, table) {
    const t = table('documents');
    await trx.raw(`create table if not exists ${t} (
      stream_name text primary key, collection text not null, document_id text not null,
      owner_id uuid not null, space_id uuid, fields jsonb not null, version bigint not null,
      position bigint not null, deleted_at timestamptz, updated_at timestamptz not null,
      created_position bigint not null, field_positions jsonb not null)`);
    await trx.raw(`create index if not exists ${t}_owner on ${t} (owner_id, position)`);
    await trx.raw(`create index if not exists ${t}_space on ${t} (space_id, position)`);
    const m = table('space_members');
    await trx.raw(`create table if not exists ${m} (
      space_id uuid not null, user_id uuid not null, role text not null, joined_position bigint not null,
      left_position bigint, left_at timestamptz, position bigint not null, primary key (space_id, user_id))`);
    await trx.raw(`create index if not exists ${m}_user on ${m} (user_id)`);
    await trx.raw(`create table if not exists ${table('blobs')} (
      blob_id text primary key, owner_id uuid not null, content_type text not null, size bigint not null,
      sha256 text not null, position bigint not null)`);
    const r = table('blob_refs');
    await trx.raw(`create table if not exists ${r} (
      blob_id text not null, stream_name text not null, primary key (blob_id, stream_name))`);
    await trx.raw(`create index if not exists ${r}_stream on ${r} (stream_name)`);
  },
  async apply(event, { trx, table, announceChange }) {
    if (event.type === 'BlobUploaded') {
      const { blobId, ownerId, contentType, size, sha256 } = event.data;
      await trx(table('blobs'))
        .insert({
          blob_id: blobId,
          owner_id: ownerId,
          content_type: contentType,
          size,
          sha256,
          position: event.position,
        })
        .onConflict('blob_id')
        .ignore();
      return;
    }
    const t = table('documents');
    const members = table('space_members');
    const key = event.streamName;
    if (event.type === 'SpaceMemberSet') {
      const { spaceId, userId, role } = event.data;
      // Joining (or coming back) starts the member's view of the space at this position.
      await trx(members)
        .insert({
          space_id: spaceId,
          user_id: userId,
          role,
          joined_position: event.position,
          position: event.position,
        })
        .onConflict(['space_id', 'user_id'])
        .merge({
          role,
          joined_position: trx.raw(
            `case when ${members}.left_position is null then ${members}.joined_position else excluded.joined_position end`,
          ),
          left_position: null,
          left_at: null,
          position: event.position,
        })
        .where(`${members}.position`, '<', event.position);
      announceChange(userId, event.position);
      return;
    }
    if (event.type === 'SpaceMemberRemoved') {
      await trx(members)
        .where({ space_id: event.data.spaceId, user_id: event.data.userId })
        .andWhere('position', '<', event.position)
        .update({
          left_position: event.position,
          left_at: event.createdAt,
          position: event.position,
        });
      announceChange(event.data.userId, event.position);
      return;
    }
    const stamp = {
      version: event.type === 'UserErased' ? 0 : event.data.version,
      position: event.position,
    };
    let owner: string | undefined;
    let space: string | null = null;
    /** The document's fields after the change (DocumentChanged), and whether its row is new. */
    let fields: unknown;
    let created = false;
    const touched = (names: string[]) =>
      JSON.stringify(Object.fromEntries(names.map((name) => [name, event.position])));
    switch (event.type) {
      case 'UserErased':
        await trx(table('blob_refs'))
          .whereIn(
            'stream_name',
            trx(t).where({ owner_id: event.data.userId, space_id: null }).select('stream_name'),
          )
          .delete();
        await trx(t).where({ owner_id: event.data.userId, space_id: null }).delete();
        await trx(table('blobs')).where({ owner_id: event.data.userId }).delete();
        return;
      case 'DocumentChanged': {
        const d = event.data;
        if (d.scope) {
          const inserted = await trx(t)
            .insert({
              stream_name: key,
              collection: d.collection,
              document_id: d.documentId,
              owner_id: d.scope.ownerId,
              space_id: d.scope.spaceId,
              fields: JSON.stringify(d.set),
              updated_at: event.createdAt,
              created_position: event.position,
              field_positions: touched(Object.keys(d.set)),
              ...stamp,
            })
            .onConflict('stream_name')
            .ignore()
            .returning(['owner_id', 'space_id']);
          owner = (inserted[0] as { owner_id: string } | undefined)?.owner_id;
          space = (inserted[0] as { space_id: string | null } | undefined)?.space_id ?? null;
          fields = d.set;
          created = owner !== undefined;
          break;
        }
        // Later changes: merge the set fields, drop the unset ones, revive a tombstone.
        const updated = await trx(t)
          .where({ stream_name: key })
          .andWhere('position', '<', event.position)
          .update({
            fields: trx.raw(
              `(case when deleted_at is null then fields else '{}'::jsonb end || ?::jsonb) - ?::text[]`,
              [JSON.stringify(d.set), d.unset],
            ),
            field_positions: trx.raw(
              `(case when deleted_at is null then field_positions else '{}'::jsonb end) || ?::jsonb`,
              [touched([...Object.keys(d.set), ...d.unset])],
            ),
            created_position: trx.raw(`case when deleted_at is null then created_position else ? end`, [
              event.position,
            ]),
            deleted_at: null,
            updated_at: event.createdAt,
            ...stamp,
          })
          .returning(['owner_id', 'space_id', 'fields']);
        owner = (updated[0] as { owner_id: string } | undefined)?.owner_id;
        space = (updated[0] as { space_id: string | null } | undefined)?.space_id ?? null;
        fields = (updated[0] as { fields: unknown } | undefined)?.fields;
        break;
      }
      case 'DocumentDeleted': {
        const updated = await trx(t)
          .where({ stream_name: key })
          .andWhere('position', '<', event.position)
          .update({
            fields: '{}',
            field_positions: '{}',
            deleted_at: event.createdAt,
            updated_at: event.createdAt,
            ...stamp,
          })
          .returning(['owner_id', 'space_id']);
        owner = (updated[0] as { owner_id: string } | undefined)?.owner_id;
        space = (updated[0] as { space_id: string | null } | undefined)?.space_id ?? null;
        break;
      }
      default:
        return;
    }
    // The blobs the document references now (none once deleted); a row just created had none.
    if (owner && !created) await trx(table('blob_refs')).where({ stream_name: key }).delete();
    if (event.type === 'DocumentChanged' && owner) {
      const refs = blobReferences(fields ?? {});
      if (refs.length > 0) {
        await trx(table('blob_refs'))
          .insert(refs.map((blobId) => ({ blob_id: blobId, stream_name: key })))
          .onConflict(['blob_id', 'stream_name'])
          .ignore();
      }
    }
    if (space) {
      const current = await trx(members)
        .where({ space_id: space })
        .whereNull('left_position')
        .select<{ user_id: string }[]>('user_id');
      for (const member of current) announceChange(member.user_id, event.position);
    } else if (owner) {
      announceChange(owner, event.position);
    }
  },
});
