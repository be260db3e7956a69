import type { SessionEvent } from '../../../domain/session/index.js';
import type { UserErased } from '../../../domain/user/index.js';
import { defineProjection } from '../../../projectors/runtime/index.js';

/**
 * sessions: one row per sign-in session (what admins and the devices list read): when it started
 * and was last used (each refresh), when it expires, and whether and why it ended.
 */
export const sessionsProjection = defineProjection<SessionEvent | UserErased>({
  name: 'sessions',
  version: 1,
  handles: ['SessionStarted', 'SessionRefreshed', 'SessionRevoked', 'UserErased'],
  tables: ['sessions'],
  async setup(trx, table) {
    const t = table('sessions');
    await trx.raw(`create table if not exists ${t} (
      session_id uuid primary key, user_id uuid not null, device_id uuid, started_at timestamptz not null,
      last_used_at timestamptz not null, expires_at timestamptz not null, generation int not null default 0,
      revoked_at timestamptz, revoke_reason text, position bigint not null)`);
    await trx.raw(`create index if not exists ${t}_user on ${t} (user_id, started_at)`);
  },
  async apply(event, { trx, table }) {
    const t = table('sessions');
    /** Changes this session's row unless a later event already did (a replay changes nothing). */
    const updateSession = (sessionId: string, columns: Record<string, unknown>) =>
      trx(t)
        .where({ session_id: sessionId })
        .andWhere('position', '<', event.position)
        .update({ ...columns, position: event.position });
    switch (event.type) {
      case 'UserErased':
        await trx(t).where({ user_id: event.data.userId }).delete();
        return;
      case 'SessionStarted': {
        const d = event.data;
        await trx(t)
          .insert({
            session_id: d.sessionId,
            user_id: d.userId,
            device_id: d.deviceId,
            started_at: d.startedAt,
            last_used_at: d.startedAt,
            expires_at: d.expiresAt,
            position: event.position,
          })
          .onConflict('session_id')
          .ignore();
        return;
      }
      case 'SessionRefreshed':
        await updateSession(event.data.sessionId, {
          last_used_at: event.data.refreshedAt,
          expires_at: event.data.expiresAt,
          generation: event.data.generation,
        });
        return;
      case 'SessionRevoked':
        await updateSession(event.data.sessionId, {
          revoked_at: event.data.revokedAt,
          revoke_reason: event.data.reason,
        });
        return;
    }
  },
});
