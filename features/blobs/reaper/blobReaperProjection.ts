import { blobKey, type BlobUploaded } from '../../../domain/blob/index.js';
import type { UserErased } from '../../../domain/user/index.js';
import type { BlobStore } from '../../../infra/blobStore/index.js';
import { TransientError } from '../../../platform/errors/index.js';
import { defineProjection, type Projection } from '../../../projectors/runtime/index.js';

/**
 * blob_reaper: remembers who uploaded each blob, and when a user is erased deletes the bytes of
 * every blob they uploaded from the blob store (the events keep only ids, sizes and hashes).
 * Deleting is idempotent, so a replay or a rebuild deletes nothing twice; a store failure is
 * transient and retried. Partitioned by user, so an upload is seen before its owner's erasure.
 */
export function createBlobReaperProjection(blobs: BlobStore): Projection {
  return defineProjection<BlobUploaded | UserErased>({
    name: 'blob_reaper',
    version: 1,
    handles: ['BlobUploaded', 'UserErased'],
    tables: ['blob_owners'],
    partitionKey: (event) => String(event.type === 'BlobUploaded' ? event.data.ownerId : event.data.userId),
    async setup(trx, table) {
      const t = table('blob_owners');
      await trx.raw(`create table if not exists ${t} (blob_id text primary key, owner_id uuid not null)`);
      await trx.raw(`create index if not exists ${t}_owner on ${t} (owner_id)`);
    },
    async apply(event, { trx, table }) {
      const t = table('blob_owners');
      if (event.type === 'BlobUploaded') {
        await trx(t)
          .insert({ blob_id: event.data.blobId, owner_id: event.data.ownerId })
          .onConflict('blob_id')
          .ignore();
        return;
      }
      const owned = await trx(t)
        .where({ owner_id: event.data.userId })
        .select<{ blob_id: string }[]>('blob_id');
      for (const { blob_id: id } of owned) {
        await blobs.delete(blobKey(id)).catch((cause: unknown) => {
          throw new TransientError('deleting an erased user blob failed', { cause });
        });
      }
      await trx(t).where({ owner_id: event.data.userId }).delete();
    },
  });
}
