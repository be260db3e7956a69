export { syncModule } from './syncModule.js';
