export { Waiters, sleep } from './Waiters.js';
export { lazily } from './lazily.js';
export { ConcurrencyLimit } from './ConcurrencyLimit.js';
export { IdleCollector, processProbe, type IdleProbe } from './IdleCollector.js';
