export { TransientError, isDeterministicError, isTransientError } from './transient.js';
