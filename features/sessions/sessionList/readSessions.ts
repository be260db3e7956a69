import type { Knex } from 'knex';
import { SESSION_CATEGORY } from '../../../domain/session/index.js';
import { streamName } from '../../../infra/eventStore/index.js';
import { activeRows, activeTable, type ExportedRows } from '../../../projectors/runtime/index.js';

type Time = Date | string;
const iso = (value: Time) => new Date(value).toISOString();
const isoOrNull = (value: Time | null) => (value === null ? null : iso(value));

/** A session as staff see it. */
export interface SessionSummary {
  id: string;
  deviceId: string | null;
  startedAt: string;
  lastUsedAt: string;
  expiresAt: string;
  revokedAt: string | null;
  revokeReason: string | null;
}

interface SessionRecord {
  session_id: string;
  device_id: string | null;
  started_at: Time;
  last_used_at: Time;
  expires_at: Time;
  revoked_at: Time | null;
  revoke_reason: string | null;
}

/** The user's latest sessions (at most `limit`), newest first; undefined before the table is built. */
export async function sessionsOf(
  knex: Knex,
  userId: string,
  limit = 100,
): Promise<SessionSummary[] | undefined> {
  const table = await activeTable(knex, 'sessions', 'sessions');
  if (!table) return undefined;
  const rows = await knex(table)
    .where({ user_id: userId })
    .orderBy('started_at', 'desc')
    .limit(limit)
    .select<SessionRecord[]>();
  return rows.map((s) => ({
    id: s.session_id,
    deviceId: s.device_id,
    startedAt: iso(s.started_at),
    lastUsedAt: iso(s.last_used_at),
    expiresAt: iso(s.expires_at),
    revokedAt: isoOrNull(s.revoked_at),
    revokeReason: s.revoke_reason,
  }));
}

/** The user's session rows as stored, and the streams of those sessions (for their data export). */
export async function sessionExportOf(knex: Knex, userId: string): Promise<ExportedRows> {
  const rows = await activeRows(knex, 'sessions', 'sessions', { user_id: userId });
  return { rows, streams: rows.map((s) => streamName(SESSION_CATEGORY, String(s.session_id))) };
}
