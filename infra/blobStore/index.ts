export type { BlobStore, StoredBlob } from './BlobStore.js';
export { DiskBlobStore } from './DiskBlobStore.js';
export { S3BlobStore, type S3Options } from './S3BlobStore.js';
