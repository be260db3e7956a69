/** The advisory-lock key that orders appends in the global log, and the channel appends NOTIFY. */
export const APPEND_LOCK = 7_301_002;
export const APPEND_CHANNEL = 'es_appended';
