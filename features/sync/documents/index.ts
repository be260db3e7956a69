export { documentsProjection } from './documentsProjection.js';
export { documentFeedSource, spaceDocumentFeedSource, leftSpaceFeedSource } from './documentFeedSource.js';
export { pruneTombstones } from './pruneTombstones.js';
export { startTombstonePruner } from './startTombstonePruner.js';
export { spaceRoleOf } from './readSpaceMembers.js';
export { blobOf, blobRowsOf, referencedInReadableDocument, type BlobInfo } from './readBlobs.js';
export { documentExportOf } from './readDocuments.js';
