import {
  SESSION_CATEGORY,
  sessionDecider,
  type RevocationReason,
  type RevokeSession,
} from '../domain/session/index.js';
import { streamName } from '../infra/eventStore/index.js';
import type { CommandApiDeps } from './CommandApiDeps.js';
import type { CommandContext } from './CommandContext.js';
import { handleCommand } from './handleCommand.js';

/** Ends one session: its refresh token stops at once, and its access tokens are refused. */
export async function endSession(
  deps: Pick<CommandApiDeps, 'store' | 'revocations'>,
  context: CommandContext,
  sessionId: string,
  reason: RevocationReason,
) {
  const result = await handleCommand(
    deps.store,
    sessionDecider,
    streamName(SESSION_CATEGORY, sessionId),
    (metadata): RevokeSession => ({ type: 'RevokeSession', data: { reason }, metadata }),
    context,
  );
  await deps.revocations.endSession(sessionId);
  return result;
}
