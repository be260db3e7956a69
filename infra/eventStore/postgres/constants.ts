/** Advisory-lock keys: one for schema set-up, one that orders appends in the global log. */
export const SCHEMA_LOCK = 7_301_001;
export const APPEND_LOCK = 7_301_002;
export const APPEND_CHANNEL = 'es_appended';
