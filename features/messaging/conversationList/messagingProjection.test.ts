import { describe, expect, it } from 'vitest';
import type {
  ConversationEvent,
  MessageEvent,
  MessageSent,
  ReceiptEvent,
} from '../../../domain/conversation/index.js';
import { at, userErased, uuid } from '../../../test/support/eventFixtures.js';
import { projectionSpec } from '../../../test/support/projectionSpec.js';
import { messagingProjection } from './messagingProjection.js';

const [ann, bob, cy] = [uuid(1), uuid(2), uuid(3)];
const c = uuid(50);
const m = (n: number) => uuid(100 + n);

const created: ConversationEvent = {
  type: 'ConversationCreated',
  data: { conversationId: c, kind: 'group', name: 'Team', avatarBlobId: null, by: ann, at: at(1) },
};
const member = (userId: string, role: 'owner' | 'member' = 'member'): ConversationEvent => ({
  type: 'ConversationMemberSet',
  data: { conversationId: c, userId, role, by: ann, at: at(1) },
});
const sent = (n: number, from: string, text = `text ${n}`): MessageSent => ({
  type: 'MessageSent',
  data: {
    conversationId: c,
    messageId: m(n),
    seq: n,
    userId: from,
    at: at(10 + n),
    clientMessageId: `c${n}`,
    text,
    attachments: [],
    replyTo: null,
  },
});
const head = (n: number, userId: string) => ({
  conversationId: c,
  messageId: m(n),
  seq: n,
  userId,
  at: at(40),
});
const read = (userId: string, upTo: number): ReceiptEvent => ({
  type: 'MessagesRead',
  data: { conversationId: c, userId, upTo, at: at(50) },
});
const group = [created, member(ann, 'owner'), member(bob)];

describe('messaging projection', () => {
  const spec = projectionSpec(messagingProjection);

  it('a member row per user, with every member listed and announced', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec.given(...group).inspect(async ({ rows, announced }) => {
      const list = await rows('conversation_list');
      expect(list).toMatchObject([
        { user_id: ann, role: 'owner', name: 'Team', unread: 0, left_at: null },
        { user_id: bob, role: 'member', name: 'Team', unread: 0 },
      ]);
      expect(list[0]!.members).toEqual([
        { userId: ann, role: 'owner', deliveredUpTo: 0, readUpTo: 0 },
        { userId: bob, role: 'member', deliveredUpTo: 0, readUpTo: 0 },
      ]);
      expect(Object.fromEntries(announced)).toEqual({ [ann]: 3, [bob]: 3 });
    });
  });

  it('a message counts as unread for the others, not the sender, and becomes the last message', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec.given(...group, sent(1, ann), sent(2, ann)).inspect(async ({ rows }) => {
      const [annRow, bobRow] = await rows('conversation_list');
      expect(annRow).toMatchObject({ unread: 0, read_up_to: 2, last_seq: 2 });
      expect(bobRow).toMatchObject({ unread: 2, read_up_to: 0, last_seq: 2 });
      expect(bobRow!.last_message).toMatchObject({ id: m(2), seq: 2, senderId: ann, text: 'text 2' });
      expect(await rows('chat_messages')).toMatchObject([
        { seq: 1, text: 'text 1' },
        { seq: 2, text: 'text 2' },
      ]);
    });
  });

  it('a message delivered again changes nothing', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const once = sent(1, ann);
    await spec.given(...group, once, once).inspect(async ({ rows }) => {
      expect((await rows('conversation_list'))[1]).toMatchObject({ unread: 1 });
      expect(await rows('chat_messages')).toHaveLength(1);
    });
  });

  it('a read receipt moves the marker, recounts the unread and shows in every member list', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(...group, sent(1, ann), sent(2, ann), sent(3, ann), read(bob, 2))
      .inspect(async ({ rows }) => {
        const [annRow, bobRow] = await rows('conversation_list');
        expect(bobRow).toMatchObject({ unread: 1, read_up_to: 2, delivered_up_to: 2 });
        expect(annRow!.members).toContainEqual({
          userId: bob,
          role: 'member',
          deliveredUpTo: 2,
          readUpTo: 2,
        });
      });
  });

  it('edits, reactions and deletes: a deleted message loses its words and leaves the unread count', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const events: MessageEvent[] = [
      { type: 'MessageEdited', data: { ...head(1, ann), text: 'edited' } },
      { type: 'MessageReactionAdded', data: { ...head(1, bob), emoji: '👍' } },
      { type: 'MessageDeleted', data: head(2, ann) },
    ];
    await spec.given(...group, sent(1, ann), sent(2, ann), ...events).inspect(async ({ rows }) => {
      expect(await rows('chat_messages')).toMatchObject([
        { seq: 1, text: 'edited', reactions: { '👍': [bob] }, deleted_at: null },
        { seq: 2, text: null, deleted_at: expect.any(Date) },
      ]);
      const bobRow = (await rows('conversation_list'))[1]!;
      expect(bobRow).toMatchObject({ unread: 1 });
      expect(bobRow.last_message).toMatchObject({ id: m(2), text: null });
    });
  });

  it('a member who leaves gets a tombstone row; one who joins later counts the history unread', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const left: ConversationEvent = {
      type: 'ConversationMemberRemoved',
      data: { conversationId: c, userId: bob, by: bob, at: at(60) },
    };
    await spec.given(...group, sent(1, ann), left, member(cy)).inspect(async ({ rows }) => {
      const list = await rows('conversation_list');
      expect(list.find((r) => r.user_id === bob)).toMatchObject({ left_at: expect.any(Date) });
      expect(list.find((r) => r.user_id === cy)).toMatchObject({ unread: 1, last_seq: 1 });
      expect(list.find((r) => r.user_id === ann)!.members).toHaveLength(2);
    });
  });

  it('erasing a sender shreds their words from the messages and the last message', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec.given(...group, sent(1, bob), userErased(bob)).inspect(async ({ rows }) => {
      expect(await rows('chat_messages')).toMatchObject([{ seq: 1, text: null }]);
      const list = await rows('conversation_list');
      expect(list.map((r) => r.user_id)).toEqual([ann]);
      expect(list[0]!.last_message).toMatchObject({ text: null });
    });
  });

  it('an erased member leaves the member lists the others see, whether they wrote or not, and the others hear of it', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const trio = [...group, member(cy)];
    await spec
      .given(...trio, sent(1, bob), userErased(bob), userErased(cy))
      .inspect(async ({ rows, announced }) => {
        const list = await rows('conversation_list');
        expect(list.map((r) => r.user_id)).toEqual([ann]);
        expect(list[0]!.members).toEqual([{ userId: ann, role: 'owner', deliveredUpTo: 0, readUpTo: 0 }]);
        expect(announced.get(ann)).toBe(trio.length + 3);
        // Their message stays, as from a deleted user: its sender id, no words.
        expect(await rows('chat_messages')).toMatchObject([{ seq: 1, sender_id: bob, text: null }]);
      });
  });
});
