export { adminModule } from './adminModule.js';
