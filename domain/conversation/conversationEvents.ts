import type { DomainCommand, DomainEvent } from '../shared/index.js';

/** A conversation between two users (`direct`, unique per pair) or among many (`group`). */
export type ConversationKind = 'direct' | 'group';
export type ConversationRole = 'owner' | 'admin' | 'member';

type Of<T> = { conversationId: string } & T;

export type ConversationCreated = DomainEvent<
  'ConversationCreated',
  Of<{ kind: ConversationKind; name: string | null; avatarBlobId: string | null; by: string; at: string }>
>;
export type ConversationMemberSet = DomainEvent<
  'ConversationMemberSet',
  Of<{ userId: string; role: ConversationRole; by: string; at: string }>
>;
export type ConversationMemberRemoved = DomainEvent<
  'ConversationMemberRemoved',
  Of<{ userId: string; by: string; at: string }>
>;
export type ConversationDetailsChanged = DomainEvent<
  'ConversationDetailsChanged',
  Of<{ name: string | null; avatarBlobId: string | null; by: string; at: string }>
>;
export type ConversationMuted = DomainEvent<
  'ConversationMuted',
  Of<{ userId: string; muted: boolean; at: string }>
>;
/** A message took the next sequence number of its conversation (the message itself: MessageSent). */
export type MessageSequenced = DomainEvent<
  'MessageSequenced',
  Of<{ messageId: string; seq: number; userId: string; at: string }>
>;
export type ConversationEvent =
  | ConversationCreated
  | ConversationMemberSet
  | ConversationMemberRemoved
  | ConversationDetailsChanged
  | ConversationMuted
  | MessageSequenced;

/**
 * `blockedBy`: the users among those named who block the acting user (the use case reads their
 * block lists; a decider does no I/O).
 */
export type CreateConversation = DomainCommand<
  'CreateConversation',
  Of<{
    kind: ConversationKind;
    name: string | null;
    avatarBlobId: string | null;
    memberIds: string[];
    blockedBy: string[];
  }>
>;
export type AddConversationMember = DomainCommand<
  'AddConversationMember',
  { userId: string; role: ConversationRole; blockedBy: string[] }
>;
export type RemoveConversationMember = DomainCommand<'RemoveConversationMember', { userId: string }>;
export type LeaveConversation = DomainCommand<'LeaveConversation', Record<string, never>>;
export type ChangeConversationDetails = DomainCommand<
  'ChangeConversationDetails',
  { name?: string | undefined; avatarBlobId?: string | null | undefined }
>;
export type MuteConversation = DomainCommand<'MuteConversation', { muted: boolean }>;
/** `senderBlocked`: the other member of a direct conversation blocks the sender. */
export type SequenceMessage = DomainCommand<'SequenceMessage', { messageId: string; senderBlocked: boolean }>;
export type ConversationCommand =
  | CreateConversation
  | AddConversationMember
  | RemoveConversationMember
  | LeaveConversation
  | ChangeConversationDetails
  | MuteConversation
  | SequenceMessage;

export interface ConversationMember {
  role: ConversationRole;
  muted: boolean;
}

/**
 * Membership and the sequence counter only, never a message: the state stays small however
 * long the conversation runs (it is snapshotted). `recent`: the last messages sequenced
 * (id → seq), so a send retried after a crash between its two appends gets its number back.
 */
export type ConversationState =
  | { status: 'none' }
  | {
      status: 'active';
      conversationId: string;
      kind: ConversationKind;
      name: string | null;
      avatarBlobId: string | null;
      members: Record<string, ConversationMember>;
      lastSeq: number;
      recent: Record<string, number>;
    };
