export { documentsProjection } from './documentsProjection.js';
export { documentFeedSource } from './documentFeedSource.js';
