export { Waiters, sleep } from './Waiters.js';
