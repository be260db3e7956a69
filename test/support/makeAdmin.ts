import { newEvent } from '../../infra/eventStore/eventStoreContract.js';
import type { EventStore } from '../../infra/eventStore/index.js';

/** Makes a signed-up user an admin, as an operator would (a `UserRoleChanged` by nobody). */
export async function makeAdmin(store: Pick<EventStore, 'append'>, userId: string): Promise<void> {
  await store.append(
    `user-${userId}`,
    [
      newEvent('UserRoleChanged', {
        userId,
        role: 'admin',
        previousRole: 'user',
        by: null,
        at: new Date().toISOString(),
      }),
    ],
    'any',
  );
}
