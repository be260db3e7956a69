export { auditLogProjection } from './auditLogProjection.js';
