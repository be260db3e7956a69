import {
  memberOf,
  messageDecider,
  RECEIPT_CATEGORY,
  receiptDecider,
  receiptStreamId,
  type MessageCommand,
} from '../../domain/conversation/index.js';
import { DomainError } from '../../domain/shared/index.js';
import { handleCommand, type CommandContext } from '../../core/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import type { MessagingDeps, MessagingLimits } from './messagingDeps.js';
import { loadConversation, messageStream } from './messagingReads.js';

export type MessageChange =
  { type: 'edit'; text: string } | { type: 'delete' } | { type: 'react'; emoji: string; on: boolean };

/** Edits and deletes (by the sender) and reactions (by any member) of a message of the conversation. */
export async function changeMessage(
  deps: MessagingDeps,
  conversationId: string,
  messageId: string,
  change: MessageChange,
  context: CommandContext,
  limits: MessagingLimits,
): Promise<{ position: number }> {
  memberOf((await loadConversation(deps, conversationId)).state, context.userId);
  const result = await handleCommand({
    store: deps.store,
    decider: messageDecider,
    stream: messageStream(messageId),
    command: (metadata) =>
      (change.type === 'edit'
        ? { type: 'EditMessage', data: { text: change.text, maxLength: limits.maxLength }, metadata }
        : change.type === 'delete'
          ? { type: 'DeleteMessage', data: {}, metadata }
          : {
              type: 'ReactToMessage',
              data: { emoji: change.emoji, on: change.on },
              metadata,
            }) as MessageCommand,
    check: (state) => {
      if (state.status === 'none' || state.conversationId !== conversationId)
        throw new DomainError('not_found', 'message_not_found', 'Message not found');
    },
    context,
  });
  return { position: result.position };
}

/** Moves the caller's delivered and read markers in a conversation of theirs. */
export async function markMessages(
  deps: MessagingDeps,
  conversationId: string,
  upTo: { delivered?: number | undefined; read?: number | undefined },
  context: CommandContext,
): Promise<{ position: number }> {
  const conversation = memberOf((await loadConversation(deps, conversationId)).state, context.userId);
  const result = await handleCommand({
    store: deps.store,
    snapshots: deps.snapshots,
    decider: receiptDecider,
    stream: streamName(RECEIPT_CATEGORY, receiptStreamId(conversationId, context.userId!)),
    command: (metadata) => ({
      type: 'MarkMessages' as const,
      data: { conversationId, ...upTo, lastSeq: conversation.lastSeq },
      metadata,
    }),
    context,
  });
  return { position: result.position };
}
