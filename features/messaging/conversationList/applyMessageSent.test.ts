import { describe, expect, it } from 'vitest';
import type {
  ConversationEvent,
  MessageEvent,
  MessageSent,
  ReceiptEvent,
} from '../../../domain/conversation/index.js';
import { at, uuid } from '../../../test/support/eventFixtures.js';
import { projectionSpec } from '../../../test/support/projectionSpec.js';
import { messagingProjection } from './messagingProjection.js';

const [ann, bob, cy, dee] = [uuid(1), uuid(2), uuid(3), uuid(4)];
const c = uuid(50);

const joined = (userId: string): ConversationEvent => ({
  type: 'ConversationMemberSet',
  data: { conversationId: c, userId, role: userId === ann ? 'owner' : 'member', by: ann, at: at(1) },
});
const sent = (seq: number, userId: string): MessageSent => {
  const ids = { conversationId: c, messageId: uuid(100 + seq), seq, userId, at: at(10 + seq) };
  const body = { clientMessageId: `c${seq}`, text: `text ${seq}`, attachments: [], replyTo: null };
  return { type: 'MessageSent', data: { ...ids, ...body } };
};
const receipt = (type: ReceiptEvent['type'], userId: string, upTo: number): ReceiptEvent => ({
  type,
  data: { conversationId: c, userId, upTo, at: at(50) },
});
const left: ConversationEvent = {
  type: 'ConversationMemberRemoved',
  data: { conversationId: c, userId: dee, by: dee, at: at(60) },
};

// Positions 1-11: ann wrote 1-3 (read by herself), dee left after them, bob read up to 2, cy had
// 3 delivered and read nothing. Then bob answers (position 12).
const before = [
  {
    type: 'ConversationCreated',
    data: { conversationId: c, kind: 'group', name: 'Team', avatarBlobId: null, by: ann, at: at(1) },
  },
  ...[ann, bob, cy, dee].map(joined),
  sent(1, ann),
  sent(2, ann),
  sent(3, ann),
  left,
  receipt('MessagesRead', bob, 2),
  receipt('MessagesDelivered', cy, 3),
] satisfies (ConversationEvent | MessageSent | ReceiptEvent)[];
const answer = sent(4, bob);

describe('messaging projection: a message sent', () => {
  const spec = projectionSpec(messagingProjection);
  const rowsOf = (...events: typeof before) =>
    spec.given(...events).inspect(async ({ rows, statements, announced }) => ({
      list: await rows('conversation_list'),
      messages: await rows('chat_messages'),
      conversations: await rows('conversations'),
      statements: statements.at(-1)!,
      announced,
    }));

  it('costs two statements, and one when delivered again', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    expect((await rowsOf(...before, answer)).statements).toHaveLength(2);
    expect((await rowsOf(...before, answer, answer)).statements).toHaveLength(1);
  });

  it('leaves every row as applying it statement by statement did', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const old = await rowsOf(...before);
    const now = await rowsOf(...before, answer);
    const last = { id: uuid(104), seq: 4, senderId: bob, text: 'text 4', sentAt: at(14) };
    const members = [
      { userId: ann, role: 'owner', deliveredUpTo: 3, readUpTo: 3 },
      { userId: bob, role: 'member', deliveredUpTo: 4, readUpTo: 4 },
      { userId: cy, role: 'member', deliveredUpTo: 3, readUpTo: 0 },
    ];
    const moved = (userId: string, markers: Record<string, number>) => {
      const was = old.list.find((r) => r.user_id === userId)!;
      return {
        ...was,
        ...markers,
        last_seq: 4,
        last_message: last,
        members,
        version: Number(was.version) + 1,
        position: 12,
      };
    };
    expect(now.list).toEqual([
      moved(ann, { read_up_to: 3, delivered_up_to: 3, unread: 1 }),
      moved(bob, { read_up_to: 4, delivered_up_to: 4, unread: 0 }),
      moved(cy, { read_up_to: 0, delivered_up_to: 3, unread: 4 }),
      old.list.find((r) => r.user_id === dee), // left: untouched
    ]);
    expect(now.conversations).toMatchObject([{ last_seq: 4, last_message: last }]);
    expect(now.messages.at(-1)).toMatchObject({
      seq: 4,
      sender_id: bob,
      text: 'text 4',
      version: 0,
      position: 12,
    });
    expect(Object.fromEntries(now.announced)).toEqual({
      ...Object.fromEntries(old.announced),
      [ann]: 12,
      [bob]: 12,
      [cy]: 12,
    });
  });

  it('delivered again changes no row and announces nothing more', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const once = await rowsOf(...before, answer);
    const twice = await rowsOf(...before, answer, answer);
    expect({ ...twice, statements: [] }).toEqual({ ...once, statements: [] });
  });
});

describe('messaging projection: a message deleted', () => {
  const spec = projectionSpec(messagingProjection);
  const deleted = (seq: number): MessageEvent => ({
    type: 'MessageDeleted',
    data: { conversationId: c, messageId: uuid(100 + seq), seq, userId: ann, at: at(70) },
  });

  it("recounts every current member's unread in one statement, however many members", async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const afterDelete = (...events: (ConversationEvent | MessageSent | ReceiptEvent | MessageEvent)[]) =>
      spec.given(...events).inspect(async ({ rows, statements }) => ({
        unread: Object.fromEntries(
          (await rows('conversation_list')).map((r) => [r.user_id, r.left_at ? 'left' : r.unread]),
        ),
        statements: statements.at(-1)!.length,
      }));
    const all = await afterDelete(...before, deleted(2));
    // bob had read 2 (3 stays unread); cy had read nothing (3 → 2); ann wrote them; dee left.
    expect(all.unread).toEqual({ [ann]: 0, [bob]: 1, [cy]: 2, [dee]: 'left' });
    const fewer = await afterDelete(
      ...before.filter((e) => !(e.type === 'ConversationMemberSet' && e.data.userId === cy)),
      deleted(2),
    );
    expect(fewer.unread[bob]).toBe(1);
    expect(all.statements).toBe(fewer.statements);
  });
});
