export { documentsProjection } from './documentsProjection.js';
export { documentFeedSource, spaceDocumentFeedSource, leftSpaceFeedSource } from './documentFeedSource.js';
export { pruneTombstones } from './pruneTombstones.js';
export { startTombstonePruner } from './startTombstonePruner.js';
