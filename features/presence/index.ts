export { presenceModule } from './presenceModule.js';
export { presenceChannel, typingChannel } from './presenceCache.js';
