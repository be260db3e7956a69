import type { Knex } from 'knex';
import { activeRows, activeTable } from '../../../projectors/runtime/index.js';
import { readableDocumentSql } from './readSpaceMembers.js';

/** An uploaded blob, as reads need it. */
export interface BlobInfo {
  blobId: string;
  ownerId: string;
  contentType: string;
  size: number;
  sha256: string;
}

interface BlobRecord {
  blob_id: string;
  owner_id: string;
  content_type: string;
  size: string | number;
  sha256: string;
}

const tableOf = (knex: Knex, base: string) => activeTable(knex, 'documents', base);

/** The blob, or undefined (never uploaded, erased, or not projected yet). */
export async function blobOf(knex: Knex, blobId: string): Promise<BlobInfo | undefined> {
  const blobs = await tableOf(knex, 'blobs');
  if (!blobs) return undefined;
  const row = await knex(blobs).where({ blob_id: blobId }).first<BlobRecord | undefined>();
  return (
    row && {
      blobId: row.blob_id,
      ownerId: row.owner_id,
      contentType: row.content_type,
      size: Number(row.size),
      sha256: row.sha256,
    }
  );
}

/** Whether a live (not deleted) document the user may read references the blob. */
export async function referencedInReadableDocument(
  knex: Knex,
  blobId: string,
  userId: string,
): Promise<boolean> {
  const [refs, documents, members] = await Promise.all(
    ['blob_refs', 'documents', 'space_members'].map((base) => tableOf(knex, base)),
  );
  if (!refs || !documents || !members) return false;
  const result = await knex.raw<{ rows: unknown[] }>(
    `select 1 from ${refs} r join ${documents} d on d.stream_name = r.stream_name
      where r.blob_id = ? and d.deleted_at is null and ${readableDocumentSql(members)} limit 1`,
    [blobId, userId, userId],
  );
  return result.rows.length > 0;
}

/** The user's blob rows as stored (for their data export). */
export const blobRowsOf = (knex: Knex, userId: string) =>
  activeRows(knex, 'documents', 'blobs', { owner_id: userId });
