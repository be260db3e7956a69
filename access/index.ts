/**
 * Who may read what, answered in one place: every route and source that shows a user something
 * that is not plainly theirs asks here. The rules read facts from the projections' read modules
 * (and, for writing a space and using a session, from the streams themselves).
 */
export type { Reader } from './Reader.js';
export { canReadSpace, canWriteSpace } from './spaceAccess.js';
export { canReadBlob } from './blobAccess.js';
export { canOperatePush, canReadAuditLog, canReadUsers } from './userAccess.js';
export { canUseSession } from './sessionAccess.js';
