export { TransientError, isTransientError } from './transient.js';
