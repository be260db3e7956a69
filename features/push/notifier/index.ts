export { notifierProjection } from './notifierProjection.js';
export { PUSH_REQUESTS_TOPIC } from './topics.js';
