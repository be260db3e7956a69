import { DomainError, eventTypesOf, type Decider } from '../shared/index.js';
import type { MessageCommand, MessageEvent, MessageState, SendMessage } from './messageEvents.js';
import { messagePersonalFields } from './personalFields.js';

type Sent = Extract<MessageState, { status: 'sent' | 'deleted' }>;

const invalid = (reason: string, message: string) => new DomainError('invalid', reason, message);

/** Distinct reactions one message may carry (each event of its stream is folded on every change). */
export const MAX_REACTIONS_PER_MESSAGE = 50;

/** Who reacted with `emoji`: own keys only (an emoji named like an Object property is not one). */
const reactorsOf = (reactions: Record<string, string[]>, emoji: string): string[] =>
  Object.hasOwn(reactions, emoji) ? reactions[emoji]! : [];
const notFound = () => new DomainError('not_found', 'message_not_found', 'Message not found');

function checkText(text: string, maxLength: number, attachments: number) {
  if (text.length > maxLength)
    throw invalid('text_too_long', `A message holds at most ${maxLength} characters`);
  if (text.trim().length === 0 && attachments === 0)
    throw invalid('empty_message', 'A message needs text or an attachment');
}

const sameSend = (state: Sent, data: SendMessage['data']) =>
  state.sentText === data.text &&
  state.replyTo === data.replyTo &&
  JSON.stringify(state.attachments) === JSON.stringify(data.attachments);

function send(command: SendMessage, state: MessageState, actor: string): MessageEvent[] {
  const { data } = command;
  if (state.status !== 'none') {
    // The message id derives from (conversation, sender, client message id): this is a retry.
    if (sameSend(state, data)) return [];
    throw new DomainError(
      'conflict',
      'client_message_id_reused',
      'This client message id was already sent with other content',
    );
  }
  checkText(data.text, data.maxLength, data.attachments.length);
  if (data.replyTo !== null && !data.replyFound)
    throw invalid('unknown_reply', 'The message replied to is not in this conversation');
  if (data.badAttachments.length > 0)
    throw invalid('unknown_attachment', `Not your uploads: ${data.badAttachments.join(', ')}`);
  const { conversationId, messageId, seq, clientMessageId, text, attachments, replyTo } = data;
  return [
    {
      type: 'MessageSent',
      data: {
        conversationId,
        messageId,
        seq,
        userId: actor,
        at: command.metadata.now,
        clientMessageId,
        text,
        attachments,
        replyTo,
      },
    },
  ];
}

function decideMessage(command: MessageCommand, state: MessageState): MessageEvent[] {
  const actor = command.metadata.userId;
  if (!actor) throw new DomainError('forbidden', 'forbidden', 'A signed-in user is required');
  if (command.type === 'SendMessage') return send(command, state, actor);
  if (state.status === 'none') throw notFound();
  const head = {
    conversationId: state.conversationId,
    messageId: state.messageId,
    seq: state.seq,
    userId: actor,
    at: command.metadata.now,
  };
  if (command.type === 'ReactToMessage') {
    if (state.status === 'deleted')
      throw new DomainError('conflict', 'message_deleted', 'The message was deleted');
    const { emoji, on } = command.data;
    if (reactorsOf(state.reactions, emoji).includes(actor) === on) return [];
    if (on && !Object.hasOwn(state.reactions, emoji))
      if (Object.keys(state.reactions).length >= MAX_REACTIONS_PER_MESSAGE)
        throw invalid(
          'too_many_reactions',
          `A message carries at most ${MAX_REACTIONS_PER_MESSAGE} reactions`,
        );
    return [{ type: on ? 'MessageReactionAdded' : 'MessageReactionRemoved', data: { ...head, emoji } }];
  }
  if (state.senderId !== actor)
    throw new DomainError('forbidden', 'not_sender', 'Only the sender changes a message');
  if (command.type === 'DeleteMessage')
    return state.status === 'deleted' ? [] : [{ type: 'MessageDeleted', data: head }];
  if (state.status === 'deleted')
    throw new DomainError('conflict', 'message_deleted', 'The message was deleted');
  checkText(command.data.text, command.data.maxLength, state.attachments.length);
  if (command.data.text === state.text) return [];
  return [{ type: 'MessageEdited', data: { ...head, text: command.data.text } }];
}

function react(reactions: Record<string, string[]>, emoji: string, userId: string, on: boolean) {
  const others = reactorsOf(reactions, emoji).filter((id) => id !== userId);
  const { [emoji]: _old, ...rest } = reactions;
  const next = on ? [...others, userId] : others;
  return next.length > 0 ? { ...rest, [emoji]: next } : rest;
}

function evolveMessage(state: MessageState, event: MessageEvent): MessageState {
  if (event.type === 'MessageSent') {
    const { conversationId, messageId, seq, userId, text, attachments, replyTo } = event.data;
    return {
      status: 'sent',
      conversationId,
      messageId,
      seq,
      senderId: userId,
      text,
      sentText: text,
      attachments,
      replyTo,
      reactions: {},
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'MessageEdited':
      return { ...state, text: event.data.text };
    case 'MessageDeleted':
      return { ...state, status: 'deleted', text: '', attachments: [], reactions: {} };
    case 'MessageReactionAdded':
    case 'MessageReactionRemoved':
      return {
        ...state,
        reactions: react(
          state.reactions,
          event.data.emoji,
          event.data.userId,
          event.type === 'MessageReactionAdded',
        ),
      };
  }
}

export const MESSAGE_CATEGORY = 'message';

/**
 * One stream per message (`message-<id>`): its sending, edits, deletion and reactions. Short by
 * nature, folded in full; it holds the sender's words, so it keeps no snapshot.
 */
export const messageDecider: Decider<MessageCommand, MessageEvent, MessageState> = {
  eventTypes: eventTypesOf(messagePersonalFields),
  decide: decideMessage,
  evolve: evolveMessage,
  initialState: () => ({ status: 'none' }),
};
