import { describe, it } from 'vitest';
import { deciderSpec } from '../../test/support/deciderSpec.js';
import { MAX_REACTIONS_PER_MESSAGE, messageDecider } from './messageDecider.js';
import type { MessageCommand, MessageEvent, SendMessage } from './messageEvents.js';

const [ann, bob] = ['u-ann', 'u-bob'];
const at = '2026-01-01T00:00:00.000Z';
const spec = deciderSpec(messageDecider);
const head = { conversationId: 'c-1', messageId: 'm-1', seq: 7, at };
const send = (extra: Partial<SendMessage['data']> = {}, userId = ann): MessageCommand => ({
  type: 'SendMessage',
  data: {
    ...head,
    clientMessageId: 'cli-1',
    text: 'hello',
    attachments: [],
    replyTo: null,
    replyFound: false,
    badAttachments: [],
    maxLength: 10,
    ...extra,
  },
  metadata: { now: at, userId },
});
const sent: MessageEvent = {
  type: 'MessageSent',
  data: { ...head, userId: ann, clientMessageId: 'cli-1', text: 'hello', attachments: [], replyTo: null },
};
const cmd = (type: MessageCommand['type'], data: unknown, userId = ann) =>
  ({ type, data, metadata: { now: at, userId } }) as MessageCommand;

describe('message decider', () => {
  it('sends a message with the sequence number given, the sender as userId', () => {
    spec.given().when(send()).thenEvents([sent]);
  });
  it('a retried send with the same content changes nothing, even after an edit', () => {
    spec.given(sent).when(send()).thenEvents([]);
    const edited: MessageEvent = { type: 'MessageEdited', data: { ...head, userId: ann, text: 'hi' } };
    spec.given(sent, edited).when(send()).thenEvents([]);
  });
  it('refuses the same client message id with other content (409)', () => {
    spec
      .given(sent)
      .when(send({ text: 'other' }))
      .thenThrows({ code: 'conflict', reason: 'client_message_id_reused' });
  });
  it('refuses a text over the limit, and an empty message', () => {
    spec
      .given()
      .when(send({ text: 'x'.repeat(11) }))
      .thenThrows({ code: 'invalid', reason: 'text_too_long' });
    spec
      .given()
      .when(send({ text: '  ' }))
      .thenThrows({ reason: 'empty_message' });
    spec
      .given()
      .when(send({ text: '', attachments: ['b1'] }))
      .thenFirstMatches({ type: 'MessageSent' });
  });
  it('refuses a reply to a message not of this conversation', () => {
    spec
      .given()
      .when(send({ replyTo: 'm-0' }))
      .thenThrows({ reason: 'unknown_reply' });
    spec
      .given()
      .when(send({ replyTo: 'm-0', replyFound: true }))
      .thenFirstMatches({ data: { replyTo: 'm-0' } });
  });
  it('refuses attachments that are not the sender’s uploads', () => {
    spec
      .given()
      .when(send({ attachments: ['b1'], badAttachments: ['b1'] }))
      .thenThrows({ reason: 'unknown_attachment' });
  });
  it('lets only the sender edit and delete', () => {
    spec
      .given(sent)
      .when(cmd('EditMessage', { text: 'hey', maxLength: 10 }))
      .thenEvents([{ type: 'MessageEdited', data: { ...head, userId: ann, text: 'hey' } }]);
    spec
      .given(sent)
      .when(cmd('EditMessage', { text: 'hey', maxLength: 10 }, bob))
      .thenThrows({ reason: 'not_sender' });
    spec
      .given(sent)
      .when(cmd('DeleteMessage', {}, bob))
      .thenThrows({ reason: 'not_sender' });
    spec
      .given(sent)
      .when(cmd('EditMessage', { text: 'x'.repeat(11), maxLength: 10 }))
      .thenThrows({ reason: 'text_too_long' });
  });
  it('deletes once, and a deleted message takes no edit or reaction', () => {
    const deleted: MessageEvent = { type: 'MessageDeleted', data: { ...head, userId: ann } };
    spec.given(sent).when(cmd('DeleteMessage', {})).thenEvents([deleted]);
    spec.given(sent, deleted).when(cmd('DeleteMessage', {})).thenEvents([]);
    spec
      .given(sent, deleted)
      .when(cmd('EditMessage', { text: 'x', maxLength: 10 }))
      .thenThrows({ reason: 'message_deleted' });
    spec
      .given(sent, deleted)
      .when(cmd('ReactToMessage', { emoji: '👍', on: true }, bob))
      .thenThrows({ reason: 'message_deleted' });
  });
  it('keeps one reaction per emoji per member', () => {
    const added: MessageEvent = { type: 'MessageReactionAdded', data: { ...head, userId: bob, emoji: '👍' } };
    spec
      .given(sent)
      .when(cmd('ReactToMessage', { emoji: '👍', on: true }, bob))
      .thenEvents([added]);
    spec
      .given(sent, added)
      .when(cmd('ReactToMessage', { emoji: '👍', on: true }, bob))
      .thenEvents([]);
    spec
      .given(sent, added)
      .when(cmd('ReactToMessage', { emoji: '👍', on: false }, bob))
      .thenEvents([{ type: 'MessageReactionRemoved', data: { ...head, userId: bob, emoji: '👍' } }]);
    spec
      .given(sent)
      .when(cmd('ReactToMessage', { emoji: '👍', on: false }, bob))
      .thenEvents([]);
  });
  it('takes an emoji named like an Object property (constructor, toString) as any other', () => {
    for (const emoji of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      const added: MessageEvent = { type: 'MessageReactionAdded', data: { ...head, userId: bob, emoji } };
      spec
        .given(sent)
        .when(cmd('ReactToMessage', { emoji, on: true }, bob))
        .thenEvents([added]);
      spec
        .given(sent, added)
        .when(cmd('ReactToMessage', { emoji, on: true }, bob))
        .thenEvents([]);
      spec
        .given(sent)
        .when(cmd('ReactToMessage', { emoji, on: false }, bob))
        .thenEvents([]);
    }
  });
  it('refuses a new reaction past MAX_REACTIONS_PER_MESSAGE distinct ones; one already there is still taken', () => {
    const many: MessageEvent[] = Array.from({ length: MAX_REACTIONS_PER_MESSAGE }, (_, i) => ({
      type: 'MessageReactionAdded',
      data: { ...head, userId: bob, emoji: `e${i}` },
    }));
    spec
      .given(sent, ...many)
      .when(cmd('ReactToMessage', { emoji: 'one-more', on: true }, ann))
      .thenThrows({ reason: 'too_many_reactions' });
    spec
      .given(sent, ...many)
      .when(cmd('ReactToMessage', { emoji: 'e0', on: true }, ann))
      .thenEvents([{ type: 'MessageReactionAdded', data: { ...head, userId: ann, emoji: 'e0' } }]);
  });
  it('answers not found for a message never sent', () => {
    spec.given().when(cmd('DeleteMessage', {})).thenThrows({ code: 'not_found' });
  });
});
