export { PushSender } from './PushSender.js';
