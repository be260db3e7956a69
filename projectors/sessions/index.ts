export { sessionsProjection } from './sessionsProjection.js';
