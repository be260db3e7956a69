import type { UserEvent } from '../../domain/user/index.js';
import type { Projection } from '../runtime/index.js';

/** Every event of a user stream: the row's version follows the stream, so ETags match If-Match. */
const USER_EVENT_TYPES: UserEvent['type'][] = [
  'UserRegistered',
  'UserSignedIn',
  'UserProfileUpdated',
  'UserSignedOutEverywhere',
  'EmailVerificationRequested',
  'EmailVerificationFailed',
  'EmailVerified',
  'PasswordResetRequested',
  'PasswordReset',
  'PasswordChanged',
  'PasswordRehashed',
  'UserRoleChanged',
  'UserSuspended',
  'UserUnsuspended',
  'SignInCodeRequested',
  'SignInCodeFailed',
  'RecoveryCodesGenerated',
  'RecoveryCodeUsed',
  'UserErased',
  'ProviderLinked',
  'ProviderUnlinked',
  'PasskeyRegistered',
  'PasskeyUsed',
];

/**
 * profiles: one row per user, the `profile` collection of the feed. Events that change what the
 * app sees move the row's position (a feed change); the others only advance its version.
 * v2 added email_verified, v3 role and suspended (each rebuilt beside the last, blue/green).
 */
export const profilesProjection: Projection = {
  name: 'profiles',
  version: 3,
  eventTypes: USER_EVENT_TYPES,
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
  async handle(recorded, { trx, table, announceChange }) {
    const event = recorded as unknown as UserEvent;
    const t = table('profiles');
    const userId = event.data.userId;
    const changed = {
      version: recorded.streamVersion,
      position: recorded.position,
      updated_at: recorded.createdAt,
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
          .andWhere('version', '<', recorded.streamVersion)
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
          .andWhere('version', '<', recorded.streamVersion)
          .update({ ...columns, version: recorded.streamVersion });
        return;
      }
      case 'UserErased':
        await trx(t).where({ user_id: userId }).delete();
        return;
      case 'EmailVerified':
        await trx(t)
          .where({ user_id: userId })
          .andWhere('version', '<', recorded.streamVersion)
          .update({ email_verified: true, ...changed });
        break;
      default:
        await trx(t)
          .where({ user_id: userId })
          .andWhere('version', '<', recorded.streamVersion)
          .update({ version: recorded.streamVersion });
        return;
    }
    announceChange(userId, recorded.position);
  },
};
