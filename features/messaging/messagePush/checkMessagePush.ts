import type { Knex } from 'knex';
import { v5 as uuidv5 } from 'uuid';
import {
  BLOCK_CATEGORY,
  blockDecider,
  blocks,
  messagePushContent,
  messagePushRecipients,
  MESSAGE_PUSH_MAX_AGE_MS,
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
import { streamName, type EventStore, type SnapshotStore } from '../../../infra/eventStore/index.js';
import { readMessagePushFacts } from './readMessagePushFacts.js';

const MESSAGE_PUSH_NAMESPACE = '5d1c9e7a-3b64-4f0e-9a2d-8c7f1e6b4a30';

/** The message check a scheduled item publishes when a message's grace period is over. */
export interface MessagePushCheckRequest {
  conversationId: string;
  seq: number;
  /** When the message was sent (ISO-8601): a check the read model never catches up with is dropped once too old. */
  sentAt?: string;
}

/** The read model has not reached the message yet: the bus delivers the check again. */
export class MessagePushNotReadyError extends Error {
  readonly retryable = true;
  constructor(conversationId: string, seq: number) {
    super(`the messaging read model has not reached message ${seq} of ${conversationId} yet`);
    this.name = 'MessagePushNotReadyError';
  }
}

/** The notification id of a message's push (one per recipients chunk): a repeated check finds it taken. */
export const messagePushId = (check: MessagePushCheckRequest, chunk: number) =>
  uuidv5(`message-push|${check.conversationId}|${check.seq}|${chunk}`, MESSAGE_PUSH_NAMESPACE);

/** Where pushes of one conversation collapse: its id without dashes (32 characters, any provider's key). */
export const collapseKeyOf = (conversationId: string) => conversationId.replaceAll('-', '');

/**
 * Decides who gets a push for a message whose grace period is over (messagePushRecipients over
 * the messaging read model; the block lists of those who would get one are read from their
 * streams) and requests it through the push pipeline: a `messages` notification to those users
 * (their preferences, quiet hours, caps, the sender's ledger apply), collapsed per conversation,
 * not in the inbox, its content sealed with the message sender's key. The notification id
 * derives from the conversation and the sequence number: a check delivered twice requests once.
 */
export async function checkMessagePush(
  deps: { store: EventStore; snapshots?: SnapshotStore; knex: Knex; clock: () => Date },
  check: MessagePushCheckRequest,
): Promise<MessagePushDecision> {
  const facts = await readMessagePushFacts(deps.knex, check.conversationId, check.seq);
  const now = deps.clock();
  if (!facts || (!facts.message && facts.lastSeq < check.seq)) {
    // Retried until the read model has the message, but not past the age no push is sent at.
    if (check.sentAt && now.getTime() - Date.parse(check.sentAt) > MESSAGE_PUSH_MAX_AGE_MS)
      return { action: 'skip', reason: 'too_old' };
    throw new MessagePushNotReadyError(check.conversationId, check.seq);
  }
  const question = {
    message: facts.message,
    lastSeq: facts.lastSeq,
    members: facts.members,
    blockingSender: new Set<string>(),
    ageMs: facts.message ? now.getTime() - Date.parse(facts.message.sentAt) : 0,
    maxAgeMs: MESSAGE_PUSH_MAX_AGE_MS,
  };
  let decision = messagePushRecipients(question);
  const message = facts.message;
  if (decision.action === 'skip' || !message || decision.recipients.length === 0) return decision;
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
  if (blocking.size > 0) decision = messagePushRecipients({ ...question, blockingSender: blocking });
  if (decision.action === 'skip') return decision;
  const content = messagePushContent({
    kind: facts.kind,
    conversationName: facts.name,
    senderName: message.senderName,
    text: message.text,
    attachments: message.attachments,
  });
  for (let chunk = 0; chunk * MAX_DIRECT_RECIPIENTS < decision.recipients.length; chunk++) {
    const notificationId = messagePushId(check, chunk);
    const request: NotificationRequest = {
      notificationId,
      audience: {
        type: 'users',
        userIds: decision.recipients.slice(
          chunk * MAX_DIRECT_RECIPIENTS,
          (chunk + 1) * MAX_DIRECT_RECIPIENTS,
        ),
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
  return decision;
}
