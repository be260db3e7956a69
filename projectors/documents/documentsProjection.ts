import type { DocumentEvent } from '../../domain/sync/index.js';
import type { UserErased } from '../../domain/user/index.js';
import { notifyFeedChanged } from '../feed/index.js';
import type { Projection } from '../runtime/index.js';

/**
 * documents: one row per document of an app collection (deleted ones stay as tombstones for the
 * feed), keyed by its stream. The owner (and later the space) decides whose feed it is in.
 */
export const documentsProjection: Projection = {
  name: 'documents',
  version: 1,
  eventTypes: ['DocumentChanged', 'DocumentDeleted', 'UserErased'],
  tables: ['documents'],
  async setup(trx, table) {
    const t = table('documents');
    await trx.raw(`create table if not exists ${t} (
      stream_name text primary key, collection text not null, document_id text not null,
      owner_id uuid not null, space_id uuid, fields jsonb not null, version bigint not null,
      position bigint not null, deleted_at timestamptz, updated_at timestamptz not null)`);
    await trx.raw(`create index if not exists ${t}_owner on ${t} (owner_id, position)`);
  },
  async handle(recorded, { trx, table }) {
    const event = recorded as unknown as DocumentEvent | UserErased;
    const t = table('documents');
    const key = recorded.streamName;
    const stamp = {
      version: event.type === 'UserErased' ? 0 : event.data.version,
      position: recorded.position,
    };
    let owner: string | undefined;
    switch (event.type) {
      case 'UserErased':
        await trx(t).where({ owner_id: event.data.userId, space_id: null }).delete();
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
              updated_at: recorded.createdAt,
              ...stamp,
            })
            .onConflict('stream_name')
            .ignore()
            .returning('owner_id');
          owner = (inserted[0] as { owner_id: string } | undefined)?.owner_id;
          break;
        }
        // Later changes: merge the set fields, drop the unset ones, revive a tombstone.
        const updated = await trx(t)
          .where({ stream_name: key })
          .andWhere('position', '<', recorded.position)
          .update({
            fields: trx.raw(
              `(case when deleted_at is null then fields else '{}'::jsonb end || ?::jsonb) - ?::text[]`,
              [JSON.stringify(d.set), d.unset],
            ),
            deleted_at: null,
            updated_at: recorded.createdAt,
            ...stamp,
          })
          .returning('owner_id');
        owner = (updated[0] as { owner_id: string } | undefined)?.owner_id;
        break;
      }
      case 'DocumentDeleted': {
        const updated = await trx(t)
          .where({ stream_name: key })
          .andWhere('position', '<', recorded.position)
          .update({ fields: '{}', deleted_at: recorded.createdAt, updated_at: recorded.createdAt, ...stamp })
          .returning('owner_id');
        owner = (updated[0] as { owner_id: string } | undefined)?.owner_id;
        break;
      }
      default:
        return;
    }
    if (owner) await notifyFeedChanged(trx, owner, recorded.position);
  },
};
