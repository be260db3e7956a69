export { PostgresBus } from './PostgresBus.js';
