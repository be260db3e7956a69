export { sessionsProjection } from './sessionsProjection.js';
export { sessionExportOf, sessionsOf, type SessionSummary } from './readSessions.js';
