export { pushModule } from './pushModule.js';
