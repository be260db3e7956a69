import {
  DomainError,
  eventTypesOf,
  type Decider,
  type DomainCommand,
  type DomainEvent,
} from '../shared/index.js';
import { blobPersonalFields } from './personalFields.js';

export { blobPersonalFields } from './personalFields.js';

/**
 * An uploaded blob: bytes in the blob store, described by one event. Documents reference it as
 * a field value `{ "$blob": "<id>" }`.
 */
export const BLOB_CATEGORY = 'blob';

export type BlobUploaded = DomainEvent<
  'BlobUploaded',
  { blobId: string; ownerId: string; contentType: string; size: number; sha256: string; at: string }
>;
export type RecordBlob = DomainCommand<
  'RecordBlob',
  { blobId: string; contentType: string; size: number; sha256: string }
>;
export type BlobState = { status: 'none' } | { status: 'stored'; ownerId: string };

export const blobDecider: Decider<RecordBlob, BlobUploaded, BlobState> = {
  eventTypes: eventTypesOf(blobPersonalFields),
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    const ownerId = command.metadata.userId;
    if (!ownerId) throw new DomainError('forbidden', 'forbidden', 'A signed-in user is required');
    if (state.status !== 'none') return [];
    return [{ type: 'BlobUploaded', data: { ...command.data, ownerId, at: command.metadata.now } }];
  },
  evolve: (_state, event) => ({ status: 'stored', ownerId: event.data.ownerId }),
};

const BLOB_ID = /^[A-Za-z0-9_-]{22}$/;

/** The blob ids a document's fields reference, at any depth (`{ "$blob": "<id>" }`), sorted. */
export function blobReferences(fields: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, depth: number) => {
    if (depth > 32 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    const ref = record.$blob;
    if (typeof ref === 'string' && Object.keys(record).length === 1) {
      found.add(ref);
      return;
    }
    for (const item of Object.values(record)) walk(item, depth + 1);
  };
  walk(fields, 0);
  return [...found].sort();
}

export const isBlobId = (id: string) => BLOB_ID.test(id);

/** Where a blob's bytes live in the blob store. */
export const blobKey = (blobId: string) => `blobs/${blobId}`;
