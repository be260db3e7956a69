export { locationModule } from './locationModule.js';
export { locationChannel } from './locationCache.js';
