export { PushSender } from './PushSender.js';
export type { InvalidTokenHandler } from './InvalidTokenHandler.js';
