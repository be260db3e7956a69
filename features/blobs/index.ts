export { blobsModule } from './blobsModule.js';
