import {
  conversationDecider,
  type ConversationCommand,
  type ConversationRole,
} from '../../domain/conversation/index.js';
import { handleCommand, type CommandContext } from '../../core/index.js';
import type { MessagingDeps } from './messagingDeps.js';
import { blockersOf, conversationStream, requireOwnBlob, requireUsers } from './messagingReads.js';

/** A change to a conversation's membership or details, as the routes name it. */
export type ConversationChange =
  | { type: 'member'; userId: string; role: ConversationRole }
  | { type: 'remove'; userId: string }
  | { type: 'leave' }
  | { type: 'mute'; muted: boolean }
  | { type: 'details'; name?: string | undefined; avatarBlobId?: string | null | undefined };

/** Members, roles, leaving, muting and details: one command on the conversation stream. */
export async function changeConversation(
  deps: MessagingDeps,
  conversationId: string,
  change: ConversationChange,
  context: CommandContext,
): Promise<{ position: number }> {
  const actor = context.userId ?? '';
  let data: () => Pick<ConversationCommand, 'type' | 'data'>;
  switch (change.type) {
    case 'member': {
      await requireUsers(deps, [change.userId]);
      // A user who blocks the actor cannot be added by them.
      const blockedBy = await blockersOf(deps, [change.userId], actor);
      data = () => ({
        type: 'AddConversationMember',
        data: { userId: change.userId, role: change.role, blockedBy },
      });
      break;
    }
    case 'remove':
      data = () => ({ type: 'RemoveConversationMember', data: { userId: change.userId } });
      break;
    case 'leave':
      data = () => ({ type: 'LeaveConversation', data: {} });
      break;
    case 'mute':
      data = () => ({ type: 'MuteConversation', data: { muted: change.muted } });
      break;
    case 'details':
      await requireOwnBlob(deps, change.avatarBlobId, actor);
      data = () => ({
        type: 'ChangeConversationDetails',
        data: { name: change.name, avatarBlobId: change.avatarBlobId },
      });
      break;
  }
  const result = await handleCommand({
    store: deps.store,
    snapshots: deps.snapshots,
    decider: conversationDecider,
    stream: conversationStream(conversationId),
    command: (metadata) => ({ ...data(), metadata }) as ConversationCommand,
    context,
  });
  return { position: result.position };
}
