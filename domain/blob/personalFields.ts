import type { PersonalFields } from '../shared/index.js';
import type { BlobUploaded } from './index.js';

/** A blob's event holds ids, a size and a hash; the bytes live in the blob store (see domain/privacy). */
export const blobPersonalFields = {
  BlobUploaded: [],
} satisfies PersonalFields<BlobUploaded>;
