import { describe, expect, it } from 'vitest';
import { messagePushContent } from './messagePushContent.js';
import {
  messagePushRecipients,
  type MessagePushCheck,
  type PushCheckMember,
} from './messagePushRecipients.js';

const member = (userId: string, over: Partial<PushCheckMember> = {}): PushCheckMember => ({
  userId,
  muted: false,
  deliveredUpTo: 0,
  readUpTo: 0,
  ...over,
});
const check = (over: Partial<MessagePushCheck> = {}): MessagePushCheck => ({
  message: { seq: 5, senderId: 'ann', deleted: false },
  lastSeq: 5,
  members: [member('ann', { deliveredUpTo: 5, readUpTo: 5 }), member('bob', { deliveredUpTo: 4 })],
  blockingSender: new Set(),
  ageMs: 3_000,
  maxAgeMs: 3_600_000,
  ...over,
});

describe('messagePushRecipients', () => {
  it('when a member has not acknowledged the message, they should get a push and the sender none', () => {
    expect(messagePushRecipients(check())).toEqual({
      action: 'push',
      recipients: ['bob'],
      skipped: { sender: 1 },
    });
  });

  it('when a member acknowledged it (delivered, or read), muted the conversation or blocks the sender, they should get none', () => {
    const decision = messagePushRecipients(
      check({
        members: [
          member('ann'),
          member('bob', { deliveredUpTo: 5 }),
          member('cy', { readUpTo: 6 }),
          member('dee', { muted: true }),
          member('eve'),
          member('fay', { deliveredUpTo: 4, readUpTo: 3 }),
        ],
        blockingSender: new Set(['eve']),
      }),
    );
    expect(decision).toEqual({
      action: 'push',
      recipients: ['fay'],
      skipped: { sender: 1, delivered: 2, muted: 1, blocked: 1 },
    });
  });

  it('when the message is still in its grace period (a check brought forward), a member whose marker reaches the newest message past it should get none', () => {
    const decision = messagePushRecipients(
      check({
        members: [member('ann'), member('bob', { deliveredUpTo: 3 }), member('cy', { deliveredUpTo: 2 })],
        acknowledgeUpTo: 3,
      }),
    );
    // Bob's device acknowledged every message that had its time to be: he is connected.
    expect(decision).toEqual({ action: 'push', recipients: ['cy'], skipped: { sender: 1, delivered: 1 } });
    // Never beyond the message itself.
    expect(messagePushRecipients(check({ acknowledgeUpTo: 9 }))).toMatchObject({ recipients: ['bob'] });
  });

  it('when a later message exists, the check should leave the conversation to its check (one push per burst)', () => {
    expect(messagePushRecipients(check({ lastSeq: 6 }))).toEqual({ action: 'skip', reason: 'superseded' });
  });

  it('when the message is missing, deleted or too old, nobody should get a push', () => {
    expect(messagePushRecipients(check({ message: undefined }))).toEqual({
      action: 'skip',
      reason: 'no_message',
    });
    const deleted = { seq: 5, senderId: 'ann', deleted: true };
    expect(messagePushRecipients(check({ message: deleted }))).toMatchObject({ reason: 'deleted' });
    expect(messagePushRecipients(check({ ageMs: 3_600_001 }))).toMatchObject({
      reason: 'too_old',
    });
  });
});

describe('messagePushContent', () => {
  const source = { kind: 'direct', conversationName: null, senderName: 'Ann', text: 'hi', attachments: 0 };
  it('should title a direct message with its sender and a group message with the group', () => {
    expect(messagePushContent(source)).toEqual({ title: 'Ann', body: 'hi' });
    expect(messagePushContent({ ...source, kind: 'group', conversationName: 'Climbers' })).toEqual({
      title: 'Climbers',
      body: 'Ann: hi',
    });
  });
  it('should truncate a long text, fold whitespace, and show nothing of an erased one', () => {
    const long = messagePushContent({ ...source, text: `a\n\n${'é'.repeat(500)}` });
    expect([...long.body]).toHaveLength(180);
    expect(long.body.startsWith('a é')).toBe(true);
    expect(long.body.endsWith('…')).toBe(true);
    expect(messagePushContent({ ...source, text: null, senderName: null })).toEqual({
      title: 'Someone',
      body: 'New message',
    });
    expect(messagePushContent({ ...source, text: '', attachments: 2 }).body).toBe('Sent 2 attachments');
  });
});
