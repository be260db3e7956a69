import { describe, expect, it } from 'vitest';
import type { MessageSent } from '../../../domain/conversation/index.js';
import { ensureSchedulerSchema } from '../../../infra/scheduler/schema.js';
import { uuid } from '../../../test/support/eventFixtures.js';
import { projectionSpec } from '../../../test/support/projectionSpec.js';
import type { WorkerContext } from '../../FeatureModule.js';
import type { messagingSettings } from '../messagingSettings.js';
import { messagePushKey, messagePushProjection } from './messagePushProjection.js';

const [ann, c, d] = [uuid(1), uuid(50), uuid(51)];
const now = Date.now();
const sent = (conversationId: string, seq: number, secondsAgo: number) => ({
  type: 'MessageSent' as const,
  createdAt: new Date(now - secondsAgo * 1000),
  data: {
    conversationId,
    messageId: uuid(100 + seq + (conversationId === d ? 50 : 0)),
    seq,
    userId: ann,
    at: new Date(now - secondsAgo * 1000).toISOString(),
    clientMessageId: `m${seq}`,
    text: `text ${seq}`,
    attachments: [],
    replyTo: null,
  } satisfies MessageSent['data'],
});

const projection = messagePushProjection.create({
  settings: { MESSAGE_MAX_LENGTH: 4000, MESSAGE_PUSH_DELAY_MS: 3000, MESSAGE_PUSH_MAX_WAIT_MS: 10_000 },
} as WorkerContext<typeof messagingSettings>);

describe('message-pushes projection', () => {
  const spec = projectionSpec({
    ...projection,
    // The scheduler's table, as the process creates it at start.
    setup: async (trx, table) => {
      await ensureSchedulerSchema(trx);
      await projection.setup(trx, table);
    },
  });
  const itemsOf = (...events: ReturnType<typeof sent>[]) =>
    spec.given(...events).inspect(async ({ trx, statements }) => ({
      items: await trx('scheduled_items')
        .orderBy('key')
        .select<{ key: string; status: string; due_at: Date; payload: { messages: { value: string }[] } }[]>(
          'key',
          'status',
          'due_at',
          'payload',
        ),
      statements,
    }));

  it('when a conversation gets several messages, it should hold one pending check, for the latest, each message one statement', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const { items, statements } = await itemsOf(
      sent(c, 1, 12),
      sent(d, 1, 15),
      sent(c, 2, 10),
      sent(c, 3, 5),
    );
    expect(statements.map((s) => s.length)).toEqual([1, 1, 1, 1]);
    expect(items.map((item) => ({ ...item, check: JSON.parse(item.payload.messages[0]!.value) }))).toEqual([
      expect.objectContaining({
        key: messagePushKey(c),
        status: 'pending',
        due_at: new Date(now - 5000 + 3000),
        check: { conversationId: c, seq: 3, sentAt: new Date(now - 5000).toISOString() },
      }),
      expect.objectContaining({ key: messagePushKey(d), check: expect.objectContaining({ seq: 1 }) }),
    ]);
  });

  it('when a conversation never pauses for the grace period, its check should still be due within the maximum wait, for the latest message', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    // A message every 2 s for 40 s: each is within the 3 s grace period of the one before.
    const stream = Array.from({ length: 21 }, (_, i) => sent(c, i + 1, 60 - 2 * i));
    const { items } = await itemsOf(...stream);
    expect(items).toHaveLength(1);
    const [item] = items;
    // The first message's due time (60 s ago + 3 s) plus the 10 s maximum wait, not the last's + 3 s.
    expect(item!.due_at).toEqual(new Date(now - 60_000 + 3000 + 10_000));
    expect(JSON.parse(item!.payload.messages[0]!.value)).toMatchObject({ seq: 21 });
  });

  it('when an older message is delivered again (a replay), the check should stay with the latest', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const first = sent(c, 1, 20);
    const { items } = await itemsOf(first, sent(c, 2, 10), first);
    expect(items).toHaveLength(1);
    expect(JSON.parse(items[0]!.payload.messages[0]!.value)).toMatchObject({ seq: 2 });
  });
});
