export { documentsProjection } from './documentsProjection.js';
export { documentFeedSource, spaceDocumentFeedSource, leftSpaceFeedSource } from './documentFeedSource.js';
export { feedHorizon, pruneTombstones } from './pruneTombstones.js';
export { startTombstonePruner } from './startTombstonePruner.js';
