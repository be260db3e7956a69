export type { BlobStore, StoredBlob } from './BlobStore.js';
export { DiskBlobStore } from './DiskBlobStore.js';
// S3BlobStore is imported from './S3BlobStore.js' where S3 is configured, so the AWS SDK loads only there.
export type { S3Options } from './S3BlobStore.js';
