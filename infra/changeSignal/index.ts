export type { ChangeSignal, UserChange } from './ChangeSignal.js';
export { PostgresChangeSignal } from './PostgresChangeSignal.js';
export { CacheChangeSignal } from './CacheChangeSignal.js';
