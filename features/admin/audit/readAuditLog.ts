import type { Knex } from 'knex';
import { activeRows, activeTable, keysetPage } from '../../../projectors/runtime/index.js';

/** One staff action. */
export interface AuditEntry {
  position: number;
  eventId: string;
  at: string;
  actorId: string | null;
  action: string;
  targetUserId: string;
  details: unknown;
}

/** A page of the audit log, and the `after` of the next page (null on the last). */
export interface AuditPage {
  entries: AuditEntry[];
  next: number | null;
}

interface AuditRecord {
  position: string | number;
  event_id: string;
  at: Date | string;
  actor_id: string | null;
  action: string;
  target_user_id: string;
  details: string | Record<string, unknown>;
}

/**
 * Staff actions oldest first, after the position `after`, about `userId` when given; undefined
 * before the audit table is first built.
 */
export async function auditPage(
  knex: Knex,
  page: { userId?: string | undefined; after?: number | undefined; limit: number },
): Promise<AuditPage | undefined> {
  const table = await activeTable(knex, 'audit_log', 'audit_log');
  if (!table) return undefined;
  const about = knex(table).modify((b: Knex.QueryBuilder) => {
    if (page.userId) void b.where({ target_user_id: page.userId });
  });
  const { rows, last } = await keysetPage<AuditRecord>(about, 'position', page.after, page.limit);
  return {
    entries: rows.map((r) => ({
      position: Number(r.position),
      eventId: r.event_id,
      at: new Date(r.at).toISOString(),
      actorId: r.actor_id,
      action: r.action,
      targetUserId: r.target_user_id,
      details: typeof r.details === 'string' ? (JSON.parse(r.details) as unknown) : r.details,
    })),
    next: last ? Number(last.position) : null,
  };
}

/** The audit rows about the user, as stored (for their data export). */
export const auditRowsAbout = (knex: Knex, userId: string) =>
  activeRows(knex, 'audit_log', 'audit_log', { target_user_id: userId });
