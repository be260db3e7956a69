import { v5 as uuidv5 } from 'uuid';
import {
  BLOCK_CATEGORY,
  blockDecider,
  blocks,
  messagePushContent,
  messagePushRecipients,
  type MessagePushCheck,
  type MessagePushDecision,
} from '../../../domain/conversation/index.js';
import {
  MAX_DIRECT_RECIPIENTS,
  MESSAGES_CATEGORY,
  NOTIFICATION_CATEGORY,
  notificationDecider,
  type NotificationRequest,
} from '../../../domain/notification/index.js';
import { handleCommand, loadStream } from '../../../core/index.js';
import { streamName } from '../../../infra/eventStore/index.js';
import type { MessagePushCheckRequest, MessagePushDeps } from './checkMessagePush.js';
import { collapseKeyOf, MESSAGE_PUSH_NAMESPACE, messagePushId } from './messagePushIds.js';
import type { MessagePushFacts } from './readMessagePushFacts.js';

/**
 * The pushes of one message whose members would get one (`decision`, from messagePushRecipients
 * without the block lists): the block lists of those members are read from their streams, and
 * those who block the sender are left out; the rest get a `messages` notification (their
 * preferences, quiet hours, caps, the sender's ledger apply), collapsed per conversation, not in
 * the inbox, its content sealed with the sender's key, one per recipients chunk. The notification
 * id derives from the conversation and the sequence number: a check delivered twice requests once.
 */
export async function requestMessagePush(
  deps: MessagePushDeps,
  check: MessagePushCheckRequest,
  facts: MessagePushFacts,
  question: MessagePushCheck,
  decision: MessagePushDecision & { action: 'push' },
  now: Date,
): Promise<MessagePushDecision> {
  const message = facts.message!;
  const blocking = new Set<string>();
  for (const userId of decision.recipients) {
    const { state } = await loadStream(
      deps.store,
      blockDecider,
      streamName(BLOCK_CATEGORY, userId),
      deps.snapshots,
    );
    if (blocks(state, message.senderId)) blocking.add(userId);
  }
  const decided =
    blocking.size > 0 ? messagePushRecipients({ ...question, blockingSender: blocking }) : decision;
  if (decided.action === 'skip') return decided;
  const content = messagePushContent({
    kind: facts.kind,
    conversationName: facts.name,
    senderName: message.senderName,
    text: message.text,
    attachments: message.attachments,
  });
  for (let chunk = 0; chunk * MAX_DIRECT_RECIPIENTS < decided.recipients.length; chunk++) {
    const notificationId = messagePushId(check, chunk);
    const request: NotificationRequest = {
      notificationId,
      audience: {
        type: 'users',
        userIds: decided.recipients.slice(chunk * MAX_DIRECT_RECIPIENTS, (chunk + 1) * MAX_DIRECT_RECIPIENTS),
      },
      content: { type: 'text', ...content },
      category: MESSAGES_CATEGORY,
      payload: {
        collapseKey: collapseKeyOf(check.conversationId),
        threadId: check.conversationId,
        priority: 'high',
        sound: 'default',
      },
      data: {
        kind: 'message',
        conversationId: check.conversationId,
        messageId: message.id,
        seq: String(message.seq),
      },
      silent: false,
      inbox: false,
      sender: { type: 'conversation', conversationId: check.conversationId },
      userId: message.senderId,
    };
    await handleCommand({
      store: deps.store,
      decider: notificationDecider,
      stream: streamName(NOTIFICATION_CATEGORY, notificationId),
      command: (metadata) => ({ type: 'RequestNotification' as const, data: request, metadata }),
      context: {
        commandId: uuidv5(`${notificationId}|request`, MESSAGE_PUSH_NAMESPACE),
        correlationId: message.id,
        now,
      },
    });
  }
  return decided;
}
