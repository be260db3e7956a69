import {
  conversationDecider,
  type ConversationKind,
  type CreateConversation,
} from '../../domain/conversation/index.js';
import { handleCommand, newIdFor, type CommandContext } from '../../core/index.js';
import type { MessagingDeps } from './messagingDeps.js';
import {
  blockersOf,
  conversationStream,
  directConversationId,
  requireOwnBlob,
  requireUsers,
} from './messagingReads.js';

export interface CreateInput {
  kind: ConversationKind;
  memberIds: string[];
  name: string | null;
  avatarBlobId: string | null;
}

/**
 * Creates a conversation. A direct one's id derives from the pair, so creating it again (by
 * either user) answers the same id with `created: false`; a group gets a new id per command.
 */
export async function createConversation(
  deps: MessagingDeps,
  input: CreateInput,
  context: CommandContext,
): Promise<{ id: string; position: number; created: boolean }> {
  const actor = context.userId ?? '';
  const others = [...new Set(input.memberIds)].filter((id) => id !== actor);
  const id =
    input.kind === 'direct' && others.length === 1
      ? directConversationId(actor, others[0]!)
      : newIdFor(context, 'conversation');
  await requireUsers(deps, others);
  await requireOwnBlob(deps, input.avatarBlobId, actor);
  const blockedBy = await blockersOf(deps, others, actor);
  const result = await handleCommand({
    store: deps.store,
    snapshots: deps.snapshots,
    decider: conversationDecider,
    stream: conversationStream(id),
    command: (metadata): CreateConversation => ({
      type: 'CreateConversation',
      data: { conversationId: id, ...input, blockedBy },
      metadata,
    }),
    context,
  });
  return { id, position: result.position, created: result.appended > 0 || result.replayed === true };
}
