import type { UserEvent } from '../../domain/user/index.js';
import { notifyFeedChanged } from '../feed/index.js';
import type { Projection } from '../runtime/index.js';

/** profiles: one row per user, the `profile` collection of the feed. */
export const profilesProjection: Projection = {
  name: 'profiles',
  version: 1,
  eventTypes: ['UserRegistered', 'UserProfileUpdated'],
  tables: ['profiles'],
  async setup(trx, table) {
    await trx.raw(`create table if not exists ${table('profiles')} (
      user_id uuid primary key, email text not null, display_name text not null,
      created_at timestamptz not null, updated_at timestamptz not null,
      version bigint not null, position bigint not null)`);
  },
  async handle(recorded, { trx, table }) {
    const event = recorded as unknown as UserEvent;
    const t = table('profiles');
    switch (event.type) {
      case 'UserRegistered':
        await trx(t)
          .insert({
            user_id: event.data.userId,
            email: event.data.email,
            display_name: event.data.displayName,
            created_at: event.data.registeredAt,
            updated_at: event.data.registeredAt,
            version: recorded.streamVersion,
            position: recorded.position,
          })
          .onConflict('user_id')
          .ignore();
        break;
      case 'UserProfileUpdated':
        await trx(t)
          .where({ user_id: event.data.userId })
          .andWhere('position', '<', recorded.position)
          .update({
            display_name: event.data.displayName,
            updated_at: recorded.createdAt,
            version: recorded.streamVersion,
            position: recorded.position,
          });
        break;
      default:
        return;
    }
    await notifyFeedChanged(trx, event.data.userId, recorded.position);
  },
};
