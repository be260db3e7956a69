export { notifierProjection } from './notifierProjection.js';
export { PUSH_HELD_TOPIC, PUSH_NOTIFICATIONS_TOPIC, PUSH_REQUESTS_TOPIC } from './topics.js';
