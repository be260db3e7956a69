import type { DomainCommand, DomainEvent } from '../shared/index.js';

type Of = { conversationId: string; userId: string; upTo: number; at: string };

/** A member's devices got every message up to `upTo` (a sequence number). */
export type MessagesDelivered = DomainEvent<'MessagesDelivered', Of>;
/** A member read every message up to `upTo` (which also delivers them). */
export type MessagesRead = DomainEvent<'MessagesRead', Of>;
export type ReceiptEvent = MessagesDelivered | MessagesRead;

/** `lastSeq`: the conversation's last sequence number (read by the use case, a member's). */
export type MarkMessages = DomainCommand<
  'MarkMessages',
  { conversationId: string; delivered?: number | undefined; read?: number | undefined; lastSeq: number }
>;

export type ReceiptState = { delivered: number; read: number };
