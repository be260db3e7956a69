/** A member as the push check sees them (from the messaging read model). */
export interface PushCheckMember {
  userId: string;
  muted: boolean;
  /** The member's delivered-up-to marker (a realtime client's acknowledgement). */
  deliveredUpTo: number;
  readUpTo: number;
}

/** What a message push check reads, the message's age included (the function reads no clock). */
export interface MessagePushCheck {
  /** The message checked, or undefined when the read model has none at that sequence number. */
  message: { seq: number; senderId: string; deleted: boolean } | undefined;
  /** The conversation's last sequence number now. */
  lastSeq: number;
  /** The conversation's current members. */
  members: readonly PushCheckMember[];
  /** The members who block the sender. */
  blockingSender: ReadonlySet<string>;
  /** How long ago the message was sent, when checked. */
  ageMs: number;
  /** A message older than this when checked gets no push (a backlog after an outage, a replay). */
  maxAgeMs: number;
  /**
   * The newest sequence number whose grace period was over when checked. A check that a
   * conversation without pause brought forward (MESSAGE_PUSH_MAX_WAIT_MS) finds its message still
   * in its grace period: a member whose marker reaches this one is acknowledging, and is not
   * pushed for a message their device has not had its time to acknowledge. Absent: the message's.
   */
  acknowledgeUpTo?: number | undefined;
}

export type MessagePushSkip = 'no_message' | 'deleted' | 'superseded' | 'too_old';
export type MemberSkip = 'sender' | 'muted' | 'delivered' | 'blocked';

export type MessagePushDecision =
  | { action: 'skip'; reason: MessagePushSkip }
  | { action: 'push'; recipients: string[]; skipped: Partial<Record<MemberSkip, number>> };

/** A message older than this when its check runs gets no push. */
export const MESSAGE_PUSH_MAX_AGE_MS = 60 * 60 * 1000;

/**
 * Who gets a push for a message, its grace period over (pure). Nobody when the message is gone
 * (deleted), too old, or no longer the conversation's latest: a later message's own check covers
 * the conversation then, so a burst makes one push per member (the latest message). Otherwise
 * each current member but the sender who has not muted the conversation, whose delivered marker
 * (the acknowledgement a realtime client sends when a page brings the message) has not reached
 * it (or, for a message still in its grace period, the newest one past it: `acknowledgeUpTo`),
 * and who does not block the sender.
 */
export function messagePushRecipients(check: MessagePushCheck): MessagePushDecision {
  const { message } = check;
  if (!message) return { action: 'skip', reason: 'no_message' };
  if (message.deleted) return { action: 'skip', reason: 'deleted' };
  if (check.lastSeq > message.seq) return { action: 'skip', reason: 'superseded' };
  if (check.ageMs > check.maxAgeMs) return { action: 'skip', reason: 'too_old' };
  const upTo = check.acknowledgeUpTo ?? message.seq;
  const acknowledged = upTo < message.seq ? upTo : message.seq;
  const recipients: string[] = [];
  const skipped: Partial<Record<MemberSkip, number>> = {};
  const skip = (reason: MemberSkip) => (skipped[reason] = (skipped[reason] ?? 0) + 1);
  for (const member of check.members) {
    if (member.userId === message.senderId) skip('sender');
    else if (member.muted) skip('muted');
    else if (member.deliveredUpTo >= acknowledged || member.readUpTo >= acknowledged) skip('delivered');
    else if (check.blockingSender.has(member.userId)) skip('blocked');
    else recipients.push(member.userId);
  }
  return { action: 'push', recipients, skipped };
}
