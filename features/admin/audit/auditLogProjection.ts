import type { UserEvent } from '../../../domain/user/index.js';
import { defineProjection } from '../../../projectors/runtime/index.js';

/** Events that staff cause: each one is a line of the audit log. */
const STAFF_EVENTS = [
  'UserRoleChanged',
  'UserSuspended',
  'UserUnsuspended',
  'UserSignedOutEverywhere',
  'UserErased',
] as const;
type StaffEvent = Extract<UserEvent, { type: (typeof STAFF_EVENTS)[number] }>;

type Entry = { action: string; actorId: string | null; details: Record<string, unknown> };

function entryFor(event: StaffEvent): Entry | undefined {
  switch (event.type) {
    case 'UserRoleChanged':
      return {
        action: 'role_changed',
        actorId: event.data.by,
        details: { role: event.data.role, previousRole: event.data.previousRole },
      };
    case 'UserSuspended':
      return { action: 'suspended', actorId: event.data.by, details: { reason: event.data.reason } };
    case 'UserUnsuspended':
      return { action: 'unsuspended', actorId: event.data.by, details: {} };
    case 'UserSignedOutEverywhere':
      // Only a staff member's: a user signing themselves out is not an admin action.
      return event.data.by ? { action: 'forced_sign_out', actorId: event.data.by, details: {} } : undefined;
    case 'UserErased':
      return event.data.by ? { action: 'erased', actorId: event.data.by, details: {} } : undefined;
    default:
      return undefined;
  }
}

/**
 * audit_log: every staff action, in log order (the global position is the page cursor). The
 * events are the record; this table is only the index admins page through.
 */
export const auditLogProjection = defineProjection<StaffEvent>({
  name: 'audit_log',
  version: 1,
  handles: STAFF_EVENTS,
  tables: ['audit_log'],
  async setup(trx, table) {
    const t = table('audit_log');
    await trx.raw(`create table if not exists ${t} (
      position bigint primary key, event_id uuid not null, at timestamptz not null, actor_id uuid,
      action text not null, target_user_id uuid not null, details jsonb not null)`);
    await trx.raw(`create index if not exists ${t}_target on ${t} (target_user_id, position)`);
    await trx.raw(`create index if not exists ${t}_actor on ${t} (actor_id, position)`);
  },
  async apply(event, { trx, table }) {
    if (event.type === 'UserErased') {
      // Free-text details (a suspension reason) may be personal: they go; the facts stay.
      await trx(table('audit_log'))
        .where({ target_user_id: event.data.userId })
        .update({ details: JSON.stringify({}) });
    }
    const entry = entryFor(event);
    if (!entry) return;
    await trx(table('audit_log'))
      .insert({
        position: event.position,
        event_id: event.id,
        at: event.createdAt,
        actor_id: entry.actorId,
        action: entry.action,
        target_user_id: event.data.userId,
        details: JSON.stringify(entry.details),
      })
      .onConflict('position')
      .ignore();
  },
});
