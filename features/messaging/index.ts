export { messagingModule } from './messagingModule.js';
