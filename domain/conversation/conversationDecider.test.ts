import { describe, expect, it } from 'vitest';
import { deciderSpec } from '../../test/support/deciderSpec.js';
import { conversationDecider, RECENT_MESSAGES } from './conversationDecider.js';
import type { ConversationCommand, ConversationEvent } from './conversationEvents.js';

const [ann, bob, cy, dee] = ['u-ann', 'u-bob', 'u-cy', 'u-dee'];
const c = 'c-1';
const at = '2026-01-01T00:00:00.000Z';
const spec = deciderSpec(conversationDecider);
const as = (userId: string) => ({ now: at, userId });
const cmd = <T extends ConversationCommand['type']>(type: T, data: unknown, userId = ann) =>
  ({ type, data, metadata: as(userId) }) as Extract<ConversationCommand, { type: T }>;

const created = (kind: 'direct' | 'group'): ConversationEvent => ({
  type: 'ConversationCreated',
  data: { conversationId: c, kind, name: kind === 'group' ? 'Team' : null, avatarBlobId: null, by: ann, at },
});
const member = (userId: string, role: 'owner' | 'admin' | 'member' = 'member'): ConversationEvent => ({
  type: 'ConversationMemberSet',
  data: { conversationId: c, userId, role, by: ann, at },
});
const group = [created('group'), member(ann, 'owner'), member(bob), member(cy, 'admin')];
const direct = [created('direct'), member(ann), member(bob)];
const sequenced = (seq: number, messageId = `m-${seq}`): ConversationEvent => ({
  type: 'MessageSequenced',
  data: { conversationId: c, messageId, seq, userId: ann, at },
});
const create = (kind: 'direct' | 'group', memberIds: string[], blockedBy: string[] = []) =>
  cmd('CreateConversation', {
    conversationId: c,
    kind,
    name: null,
    avatarBlobId: null,
    memberIds,
    blockedBy,
  });

describe('conversation decider', () => {
  it('creates a direct conversation with its two users as members', () => {
    spec
      .given()
      .when(create('direct', [bob]))
      .thenEvents([created('direct'), member(ann), member(bob)]);
  });
  it('creating a direct conversation again changes nothing (its id derives from the pair)', () => {
    spec
      .given(...direct)
      .when(create('direct', [bob]))
      .thenEvents([]);
  });
  it('refuses a direct conversation with nobody else or with several', () => {
    spec
      .given()
      .when(create('direct', [ann]))
      .thenThrows({ reason: 'direct_needs_one_other' });
    spec
      .given()
      .when(create('direct', [bob, cy]))
      .thenThrows({ reason: 'direct_needs_one_other' });
  });
  it('refuses to create a conversation with someone who blocks the creator', () => {
    spec
      .given()
      .when(create('direct', [bob], [bob]))
      .thenThrows({ code: 'forbidden', reason: 'blocked' });
  });
  it('makes the creator of a group its owner, the others members', () => {
    const events = spec
      .given()
      .when(create('group', [bob, cy, bob]))
      .events();
    expect(events.map((e) => e.type === 'ConversationMemberSet' && [e.data.userId, e.data.role])).toEqual([
      false,
      [ann, 'owner'],
      [bob, 'member'],
      [cy, 'member'],
    ]);
  });
  it('gives each message the next sequence number, once per message id', () => {
    spec
      .given(...group, sequenced(1))
      .when(cmd('SequenceMessage', { messageId: 'm-2', senderBlocked: false }))
      .thenEvents([sequenced(2)]);
    spec
      .given(...group, sequenced(1))
      .when(cmd('SequenceMessage', { messageId: 'm-1', senderBlocked: false }))
      .thenEvents([]);
  });
  it('keeps only the last message ids it sequenced', () => {
    const many = Array.from({ length: RECENT_MESSAGES + 5 }, (_, i) => sequenced(i + 1));
    const state = spec.given(...group, ...many).state();
    expect(state.status === 'active' && Object.keys(state.recent).length).toBe(RECENT_MESSAGES);
    expect(state.status === 'active' && state.lastSeq).toBe(RECENT_MESSAGES + 5);
  });
  it('refuses a message from a non-member as if the conversation did not exist', () => {
    spec
      .given(...group)
      .when(cmd('SequenceMessage', { messageId: 'm', senderBlocked: false }, dee))
      .thenThrows({ code: 'not_found' });
    spec
      .given()
      .when(cmd('SequenceMessage', { messageId: 'm', senderBlocked: false }))
      .thenThrows({ code: 'not_found' });
  });
  it('refuses a direct message from a blocked sender', () => {
    spec
      .given(...direct)
      .when(cmd('SequenceMessage', { messageId: 'm', senderBlocked: true }))
      .thenThrows({ reason: 'blocked' });
  });
  it('lets admins add members, and refuses a user who blocks the admin', () => {
    spec
      .given(...group)
      .when(cmd('AddConversationMember', { userId: dee, role: 'member', blockedBy: [] }, cy))
      .thenFirstMatches({ type: 'ConversationMemberSet', data: { userId: dee, role: 'member', by: cy } });
    spec
      .given(...group)
      .when(cmd('AddConversationMember', { userId: dee, role: 'member', blockedBy: [dee] }, cy))
      .thenThrows({ reason: 'blocked' });
  });
  it('refuses plain members managing, and admins granting roles', () => {
    spec
      .given(...group)
      .when(cmd('AddConversationMember', { userId: dee, role: 'member', blockedBy: [] }, bob))
      .thenThrows({ code: 'forbidden' });
    spec
      .given(...group)
      .when(cmd('AddConversationMember', { userId: bob, role: 'admin', blockedBy: [] }, cy))
      .thenThrows({ code: 'forbidden' });
    spec
      .given(...group)
      .when(cmd('AddConversationMember', { userId: bob, role: 'admin', blockedBy: [] }))
      .thenFirstMatches({ data: { userId: bob, role: 'admin' } });
  });
  it('refuses member changes in a direct conversation', () => {
    spec
      .given(...direct)
      .when(cmd('AddConversationMember', { userId: cy, role: 'member', blockedBy: [] }))
      .thenThrows({ reason: 'direct_conversation' });
    spec
      .given(...direct)
      .when(cmd('LeaveConversation', {}))
      .thenThrows({ reason: 'direct_conversation' });
  });
  it('lets admins remove members but not other admins or owners', () => {
    spec
      .given(...group)
      .when(cmd('RemoveConversationMember', { userId: bob }, cy))
      .thenFirstMatches({ type: 'ConversationMemberRemoved', data: { userId: bob, by: cy } });
    spec
      .given(...group)
      .when(cmd('RemoveConversationMember', { userId: ann }, cy))
      .thenThrows({ code: 'forbidden' });
    spec
      .given(...group)
      .when(cmd('RemoveConversationMember', { userId: dee }))
      .thenEvents([]);
  });
  it('keeps at least one owner, and removing yourself is leaving', () => {
    spec
      .given(...group)
      .when(cmd('AddConversationMember', { userId: ann, role: 'admin', blockedBy: [] }))
      .thenThrows({ code: 'conflict', reason: 'last_owner' });
    spec
      .given(...group)
      .when(cmd('RemoveConversationMember', { userId: ann }))
      .thenThrows({ reason: 'leave_instead' });
  });
  it('when the last owner leaves, the first admin becomes owner', () => {
    const events = spec
      .given(...group)
      .when(cmd('LeaveConversation', {}))
      .events();
    expect(events.map((e) => [e.type, 'userId' in e.data ? e.data.userId : null])).toEqual([
      ['ConversationMemberSet', cy],
      ['ConversationMemberRemoved', ann],
    ]);
  });
  it('a member who left is no member any more', () => {
    const left: ConversationEvent = {
      type: 'ConversationMemberRemoved',
      data: { conversationId: c, userId: bob, by: bob, at },
    };
    spec
      .given(...group, left)
      .when(cmd('MuteConversation', { muted: true }, bob))
      .thenThrows({ code: 'not_found' });
  });
  it('mutes per member, once', () => {
    const muted: ConversationEvent = {
      type: 'ConversationMuted',
      data: { conversationId: c, userId: bob, muted: true, at },
    };
    spec
      .given(...group)
      .when(cmd('MuteConversation', { muted: true }, bob))
      .thenEvents([muted]);
    spec
      .given(...group, muted)
      .when(cmd('MuteConversation', { muted: true }, bob))
      .thenEvents([]);
  });
  it('changes name and avatar (owners and admins)', () => {
    spec
      .given(...group)
      .when(cmd('ChangeConversationDetails', { avatarBlobId: 'b1' }, cy))
      .thenEvents([
        {
          type: 'ConversationDetailsChanged',
          data: { conversationId: c, name: 'Team', avatarBlobId: 'b1', by: cy, at },
        },
      ]);
    spec
      .given(...group)
      .when(cmd('ChangeConversationDetails', { name: 'Team' }))
      .thenEvents([]);
    spec
      .given(...group)
      .when(cmd('ChangeConversationDetails', { name: 'X' }, bob))
      .thenThrows({ code: 'forbidden' });
  });
});
