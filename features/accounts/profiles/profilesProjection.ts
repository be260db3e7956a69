import { PROFILE_EVENT_TYPES, type ProfileEvent } from '../../../domain/user/index.js';
import { defineProjection } from '../../../projectors/runtime/index.js';

/**
 * profiles: one row per user, the `profile` collection of the feed. Only the events that change
 * the profile as the app sees it are applied, and each moves the row's version (the profile
 * version the user decider checks If-Match against) and its position (a feed change), so the
 * version an app holds from its feed is always the current one.
 * v2 added email_verified, v3 role and suspended, v4 took the profile's version instead of the
 * stream's (each rebuilt beside the last, blue/green).
 */
export const profilesProjection = defineProjection<ProfileEvent>({
  name: 'profiles',
  version: 4,
  handles: PROFILE_EVENT_TYPES,
  tables: ['profiles'],
  async setup(trx, table) {
    await trx.raw(`create table if not exists ${table('profiles')} (
      user_id uuid primary key, email text not null, display_name text not null, email_verified boolean not null,
      role text not null default 'user', suspended boolean not null default false, created_at timestamptz not null, updated_at timestamptz not null,
      version bigint not null, position bigint not null)`);
    await trx.raw(
      `create index if not exists ${table('profiles')}_email on ${table('profiles')} (email text_pattern_ops)`,
    );
  },
  async apply(event, { trx, table, announceChange }) {
    const t = table('profiles');
    const userId = event.data.userId;
    const changed = {
      version: event.streamVersion,
      position: event.position,
      updated_at: event.createdAt,
    };
    switch (event.type) {
      case 'UserRegistered':
        await trx(t)
          .insert({
            user_id: userId,
            email: event.data.email,
            display_name: event.data.displayName,
            email_verified: false,
            created_at: event.data.registeredAt,
            ...changed,
            updated_at: event.data.registeredAt,
          })
          .onConflict('user_id')
          .ignore();
        break;
      case 'UserProfileUpdated':
        await trx(t)
          .where({ user_id: userId })
          .andWhere('version', '<', event.streamVersion)
          .update({ display_name: event.data.displayName, ...changed });
        break;
      case 'UserRoleChanged':
      case 'UserSuspended':
      case 'UserUnsuspended': {
        const columns =
          event.type === 'UserRoleChanged'
            ? { role: event.data.role }
            : { suspended: event.type === 'UserSuspended' };
        await trx(t)
          .where({ user_id: userId })
          .andWhere('version', '<', event.streamVersion)
          .update({ ...columns, ...changed });
        break;
      }
      case 'UserErased':
        await trx(t).where({ user_id: userId }).delete();
        return;
      case 'EmailVerified':
        await trx(t)
          .where({ user_id: userId })
          .andWhere('version', '<', event.streamVersion)
          .update({ email_verified: true, ...changed });
        break;
    }
    announceChange(userId, event.position);
  },
});
