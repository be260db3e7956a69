import type { Knex } from 'knex';
import { referencedInReadableDocument, type BlobInfo } from '../features/sync/documents/index.js';
import { attachedInReadableConversation } from '../features/messaging/conversationList/index.js';
import type { Reader } from './Reader.js';

/**
 * A blob: its uploader, and whoever may read a live document referencing it (its private owner,
 * or a current member of its space), and the current members of a conversation where it is
 * attached to a live message or is the avatar. Anyone else must not learn that it exists.
 */
export async function canReadBlob(knex: Knex, reader: Reader, blob: Pick<BlobInfo, 'blobId' | 'ownerId'>) {
  return (
    blob.ownerId === reader.userId ||
    (await referencedInReadableDocument(knex, blob.blobId, reader.userId)) ||
    attachedInReadableConversation(knex, blob.blobId, reader.userId)
  );
}
