/**
 * The advisory-lock key of the reservation window: appenders hold it shared while they take a
 * position and mark it, readers exclusively while they look for marks (see appendFunction.ts).
 * It was the key of the old global append lock, which appenders held exclusively to commit: a
 * reader of this version also waits for appenders of the old one.
 */
export const RESERVE_LOCK = 7_301_002;
/**
 * An append in flight holds the transaction-level advisory lock `POSITION_MARK + p`, where p is
 * its first position. In pg_locks such a key shows as classid `POSITION_MARK_CLASS` plus the
 * position's high 32 bits, objid its low 32 bits, objsubid 1 (the one-bigint form).
 */
export const POSITION_MARK_CLASS = 0x4553_0000;
export const POSITION_MARK = `${POSITION_MARK_CLASS}::bigint << 32`;
export const APPEND_CHANNEL = 'es_appended';
