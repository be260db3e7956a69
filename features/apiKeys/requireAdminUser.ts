import { USER_CATEGORY, userDecider } from '../../domain/user/index.js';
import { foldStream } from '../../core/index.js';
import { streamName, type EventStore } from '../../infra/eventStore/index.js';
import { HttpProblem } from '../../platform/http/index.js';

/**
 * Refuses (403) anyone but an active, unsuspended admin, read from their own user stream, so a
 * demotion takes effect at once.
 */
export async function requireAdminUser(store: EventStore, userId: string, what: string): Promise<void> {
  const state = foldStream(userDecider, await store.readStream(streamName(USER_CATEGORY, userId)));
  if (state.status !== 'active' || state.role !== 'admin' || state.suspended)
    throw new HttpProblem(403, 'forbidden', 'Forbidden', `Only admins may ${what}`);
}
