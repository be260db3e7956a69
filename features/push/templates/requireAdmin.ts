import type { Request } from 'express';
import { USER_CATEGORY, userDecider } from '../../../domain/user/index.js';
import { foldStream } from '../../../core/index.js';
import { streamName } from '../../../infra/eventStore/index.js';
import { authOf } from '../../../platform/auth/index.js';
import { HttpProblem } from '../../../platform/http/index.js';
import type { CommandApiDeps } from '../../../command-api/index.js';

/**
 * Refuses (403) anyone but an active, unsuspended admin, read from their own user stream (as the
 * staff routes do), so a demotion takes effect at once.
 */
export async function requireAdmin(deps: CommandApiDeps, req: Request): Promise<void> {
  const state = foldStream(
    userDecider,
    await deps.store.readStream(streamName(USER_CATEGORY, authOf(req).userId)),
  );
  if (state.status !== 'active' || state.role !== 'admin' || state.suspended)
    throw new HttpProblem(403, 'forbidden', 'Forbidden', 'Only admins may manage push templates');
}
