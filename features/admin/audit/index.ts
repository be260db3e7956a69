export { auditLogProjection } from './auditLogProjection.js';
export { auditPage, auditRowsAbout, type AuditEntry, type AuditPage } from './readAuditLog.js';
