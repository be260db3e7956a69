import {
  SESSION_CATEGORY,
  sessionDecider,
  type RevocationReason,
  type RevokeSession,
} from '../../domain/session/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import { handleCommand, type CommandContext } from '../../core/index.js';

/** Ends one session: its refresh token stops at once, and its access tokens are refused. */
export async function endSession(
  deps: Pick<CommandApiDeps, 'store' | 'revocations'>,
  context: CommandContext,
  sessionId: string,
  reason: RevocationReason,
) {
  const result = await handleCommand({
    store: deps.store,
    decider: sessionDecider,
    stream: streamName(SESSION_CATEGORY, sessionId),
    command: (metadata): RevokeSession => ({ type: 'RevokeSession', data: { reason }, metadata }),
    context,
  });
  await deps.revocations.endSession(sessionId);
  return result;
}
