export { readOrCreateOnce } from './readOrCreateOnce.js';
