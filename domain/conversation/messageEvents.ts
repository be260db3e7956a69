import type { DomainCommand, DomainEvent } from '../shared/index.js';

type Of<T> = { conversationId: string; messageId: string; seq: number; userId: string; at: string } & T;

/** `userId`: the sender, whose key seals the text (erasure shreds it). */
export type MessageSent = DomainEvent<
  'MessageSent',
  Of<{ clientMessageId: string; text: string; attachments: string[]; replyTo: string | null }>
>;
export type MessageEdited = DomainEvent<'MessageEdited', Of<{ text: string }>>;
/** A tombstone: the text and attachments are gone from the read models. */
export type MessageDeleted = DomainEvent<'MessageDeleted', Of<Record<never, never>>>;
/** `userId`: the member who reacted. */
export type MessageReactionAdded = DomainEvent<'MessageReactionAdded', Of<{ emoji: string }>>;
export type MessageReactionRemoved = DomainEvent<'MessageReactionRemoved', Of<{ emoji: string }>>;
export type MessageEvent =
  MessageSent | MessageEdited | MessageDeleted | MessageReactionAdded | MessageReactionRemoved;

/**
 * The use case reads what a decider cannot: the sequence number the conversation gave, whether
 * the replied-to message is of the same conversation, which attachments are not the sender's
 * blobs; `maxLength` is the configured limit.
 */
export type SendMessage = DomainCommand<
  'SendMessage',
  {
    conversationId: string;
    messageId: string;
    seq: number;
    clientMessageId: string;
    text: string;
    attachments: string[];
    replyTo: string | null;
    replyFound: boolean;
    badAttachments: string[];
    maxLength: number;
  }
>;
export type EditMessage = DomainCommand<'EditMessage', { text: string; maxLength: number }>;
export type DeleteMessage = DomainCommand<'DeleteMessage', Record<string, never>>;
export type ReactToMessage = DomainCommand<'ReactToMessage', { emoji: string; on: boolean }>;
export type MessageCommand = SendMessage | EditMessage | DeleteMessage | ReactToMessage;

export type MessageState =
  | { status: 'none' }
  | {
      status: 'sent' | 'deleted';
      conversationId: string;
      messageId: string;
      seq: number;
      senderId: string;
      text: string;
      /** The text as first sent (a retried send compares with it, whatever the edits since). */
      sentText: string;
      attachments: string[];
      replyTo: string | null;
      /** emoji → the members who reacted with it. */
      reactions: Record<string, string[]>;
    };
