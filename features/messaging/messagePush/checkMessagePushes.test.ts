import type { Knex } from 'knex';
import { describe, expect, it } from 'vitest';
import type { ConversationEvent, MessageSent, ReceiptEvent } from '../../../domain/conversation/index.js';
import type { EventStore } from '../../../infra/eventStore/index.js';
import { at, uuid } from '../../../test/support/eventFixtures.js';
import { projectionSpec } from '../../../test/support/projectionSpec.js';
import { versionedTable } from '../../../projectors/runtime/index.js';
import { messagingProjection } from '../conversationList/index.js';
import type { Logger } from '../../../platform/observability/index.js';
import { checkMessagePushes, MessagePushNotReadyError } from './checkMessagePush.js';
import { handleMessagePushChecks } from './handleMessagePushChecks.js';
import { factsKey, readMessagePushFacts } from './readMessagePushFacts.js';
import { SettledChecks } from './SettledChecks.js';

const [ann, bob, cy] = [uuid(1), uuid(2), uuid(3)];
const [acked, burst, muted, unknown] = [uuid(50), uuid(51), uuid(52), uuid(53)];

const created = (c: string): ConversationEvent => ({
  type: 'ConversationCreated',
  data: { conversationId: c, kind: 'group', name: 'Team', avatarBlobId: null, by: ann, at: at(1) },
});
const joined = (c: string, userId: string): ConversationEvent => ({
  type: 'ConversationMemberSet',
  data: { conversationId: c, userId, role: userId === ann ? 'owner' : 'member', by: ann, at: at(1) },
});
const sent = (c: string, seq: number): MessageSent => ({
  type: 'MessageSent',
  data: {
    conversationId: c,
    messageId: uuid(100 + Number(c.slice(-2)) * 10 + seq),
    seq,
    userId: ann,
    at: at(10 + seq),
    clientMessageId: `${c}-${seq}`,
    text: `text ${seq}`,
    attachments: [],
    replyTo: null,
  },
});
const delivered = (c: string, userId: string, upTo: number): ReceiptEvent => ({
  type: 'MessagesDelivered',
  data: { conversationId: c, userId, upTo, at: at(30) },
});
const conversation = (c: string) => [created(c), joined(c, ann), joined(c, bob), joined(c, cy)];

/** The read model as a query of the check finds it: the active versions registered, a profile for Ann. */
async function registerReadModels(trx: Knex.Transaction) {
  await trx.raw(
    `create table if not exists projection_registry (projection text primary key, active_version int not null)`,
  );
  await trx('projection_registry')
    .insert([
      { projection: 'messaging', active_version: messagingProjection.version },
      { projection: 'profiles', active_version: 1 },
    ])
    .onConflict('projection')
    .merge();
  await trx.raw(`create table rm_profiles_v1 (user_id uuid primary key, display_name text)`);
  await trx('rm_profiles_v1').insert({ user_id: ann, display_name: 'Ann' });
}

// Unused: no check below has a recipient, so no block list and no request is read or written.
const noStore = {} as EventStore;

describe('checkMessagePushes', () => {
  const spec = projectionSpec(messagingProjection);
  const events = [
    // Every member acknowledged the message (Cy by reading it): no push.
    ...conversation(acked),
    sent(acked, 1),
    delivered(acked, bob, 1),
    { type: 'MessagesRead', data: { conversationId: acked, userId: cy, upTo: 1, at: at(31) } },
    // Three messages: the first is superseded; Bob and Cy acknowledged the last.
    ...conversation(burst),
    sent(burst, 1),
    sent(burst, 2),
    sent(burst, 3),
    delivered(burst, bob, 3),
    delivered(burst, cy, 3),
    // Bob muted it, Cy acknowledged it.
    ...conversation(muted),
    sent(muted, 1),
    {
      type: 'ConversationMuted',
      data: { conversationId: muted, userId: bob, muted: true, at: at(32) },
    },
    delivered(muted, cy, 1),
  ] as (ConversationEvent | MessageSent | ReceiptEvent)[];

  it('when many checks come at once, their facts should be read in one statement and each decided as alone', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec.given(...events).inspect(async ({ trx }) => {
      await registerReadModels(trx);
      const deps = { store: noStore, knex: trx, clock: () => new Date(at(40)) };
      const checks = [
        { conversationId: acked, seq: 1 },
        { conversationId: burst, seq: 1 },
        { conversationId: burst, seq: 3 },
        { conversationId: muted, seq: 1 },
        // Never reached by the read model, and sent two hours ago: dropped.
        { conversationId: unknown, seq: 1, sentAt: new Date(Date.parse(at(40)) - 7_200_000).toISOString() },
      ];
      await checkMessagePushes(deps, checks); // the active tables looked up (cached for a second)
      const statements: string[] = [];
      trx.on('query', (query: { sql: string }) => statements.push(query.sql));
      const decisions = await checkMessagePushes(deps, checks);
      expect(statements).toHaveLength(1);
      expect(decisions).toEqual([
        { action: 'push', recipients: [], skipped: { sender: 1, delivered: 2 } },
        { action: 'skip', reason: 'superseded' },
        { action: 'push', recipients: [], skipped: { sender: 1, delivered: 2 } },
        { action: 'push', recipients: [], skipped: { sender: 1, muted: 1, delivered: 1 } },
        { action: 'skip', reason: 'too_old' },
      ]);
    });
  });

  it('when the read model has not reached a check of the batch, the batch should fail to be delivered again', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec.given(...events).inspect(async ({ trx }) => {
      await registerReadModels(trx);
      const deps = { store: noStore, knex: trx, clock: () => new Date(at(40)) };
      const failure = await checkMessagePushes(deps, [
        { conversationId: acked, seq: 1 },
        { conversationId: acked, seq: 2, sentAt: at(39) },
        { conversationId: muted, seq: 1 },
      ]).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(MessagePushNotReadyError);
      // What was decided before it, the pushes requested: a repeat of those would request nothing more.
      expect((failure as MessagePushNotReadyError).settled).toEqual([
        { conversationId: acked, seq: 1 },
        { conversationId: muted, seq: 1 },
      ]);
    });
  });

  it('when a check finds its message still in its grace period, members acknowledging the messages before it should get no push', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec.given(...events).inspect(async ({ trx }) => {
      await registerReadModels(trx);
      // The burst's messages were sent at 11, 12 and 13 s. Bob's and Cy's devices acknowledged
      // up to 2 only: checked at 14 s with a 3 s grace period (half of it for a receipt), 3 is
      // too recent to have been acknowledged, 2 (sent before 12.5 s) is not.
      await trx(versionedTable('conversation_list', messagingProjection.version))
        .where({ conversation_id: burst })
        .whereIn('user_id', [bob, cy])
        .update({ delivered_up_to: 2, read_up_to: 0 });
      const deps = { store: noStore, knex: trx, clock: () => new Date(at(14)), graceMs: 3000 };
      // (A recipient would need the store, which this test does not have: the old rule, which
      // asked for 3, would have chosen both and failed there.)
      expect(await checkMessagePushes(deps, [{ conversationId: burst, seq: 3 }])).toEqual([
        { action: 'push', recipients: [], skipped: { sender: 1, delivered: 2 } },
      ]);
      // The newest message past the bound: 2 before 12.5 s, 3 once 13 s has passed.
      const graceSeqAt = async (s: number) =>
        (await readMessagePushFacts(trx, [{ conversationId: burst, seq: 3 }], new Date(at(s)))).get(
          factsKey(burst, 3),
        )?.graceSeq;
      expect([await graceSeqAt(10), await graceSeqAt(12.5), await graceSeqAt(13)]).toEqual([null, 2, 3]);
    });
  });

  it('when the bus hands a batch over again after a check was not ready, the handler should decide only the checks it had not settled', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec.given(...events).inspect(async ({ trx }) => {
      await registerReadModels(trx);
      const warnings: string[] = [];
      const logger = {
        warn: (_: unknown, msg: string) => warnings.push(msg),
        debug: () => {},
      } as unknown as Logger;
      const handle = handleMessagePushChecks(
        { store: noStore, knex: trx, clock: () => new Date(at(40)) },
        logger,
      );
      const batch = [
        { conversationId: burst, seq: 3 },
        { conversationId: acked, seq: 2, sentAt: at(39) },
        'not json',
      ].map((check) => ({ value: Buffer.from(typeof check === 'string' ? check : JSON.stringify(check)) }));
      const bindings: unknown[][] = [];
      trx.on('query', (query: { bindings?: unknown[] }) => bindings.push(query.bindings ?? []));
      await expect(handle(batch)).rejects.toBeInstanceOf(MessagePushNotReadyError);
      expect(JSON.stringify(bindings)).toContain(burst);
      bindings.length = 0;
      await expect(handle(batch)).rejects.toBeInstanceOf(MessagePushNotReadyError);
      // Only the check that was not ready is read again.
      expect(bindings.length).toBeGreaterThan(0);
      expect(JSON.stringify(bindings)).not.toContain(burst);
      expect(JSON.stringify(bindings)).toContain(acked);
      expect(warnings).toEqual(['message push: not a check, skipped', 'message push: not a check, skipped']);
    });
  });
});

describe('SettledChecks', () => {
  it('when more checks are settled than it holds, it should forget the oldest first', () => {
    const settled = new SettledChecks(2);
    const check = (seq: number) => ({ conversationId: acked.toUpperCase(), seq });
    settled.add([check(1), check(2)]);
    settled.add([check(1)]); // seen again: now the newest
    settled.add([check(3)]);
    expect(settled.size).toBe(2);
    expect([1, 2, 3].map((seq) => settled.has({ conversationId: acked, seq }))).toEqual([true, false, true]);
  });
});
