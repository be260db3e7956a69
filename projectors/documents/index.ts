export { documentsProjection } from './documentsProjection.js';
export { documentFeedSource, spaceDocumentFeedSource, leftSpaceFeedSource } from './documentFeedSource.js';
