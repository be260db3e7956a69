import { BLOCK_CATEGORY, blockDecider } from '../../domain/conversation/index.js';
import { handleCommand, type CommandContext } from '../../core/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import type { MessagingDeps } from './messagingDeps.js';
import { requireUsers } from './messagingReads.js';

/** Blocks or unblocks a user for the caller (`userBlocks-<caller>`). */
export async function setBlock(
  deps: MessagingDeps,
  blockedUserId: string,
  blocked: boolean,
  context: CommandContext,
): Promise<{ position: number }> {
  if (blocked) await requireUsers(deps, [blockedUserId]);
  const result = await handleCommand({
    store: deps.store,
    snapshots: deps.snapshots,
    decider: blockDecider,
    stream: streamName(BLOCK_CATEGORY, context.userId ?? ''),
    command: (metadata) => ({ type: 'SetBlock' as const, data: { blockedUserId, blocked }, metadata }),
    context,
  });
  return { position: result.position };
}
