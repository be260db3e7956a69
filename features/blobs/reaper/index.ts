export { createBlobReaperProjection } from './blobReaperProjection.js';
