export { Waiters, sleep } from './Waiters.js';
export { lazily } from './lazily.js';
export { ConcurrencyLimit } from './ConcurrencyLimit.js';
