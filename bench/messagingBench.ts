import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../core/index.js';
import { toNewEvents } from '../core/index.js';
import type { ConversationEvent } from '../domain/conversation/index.js';
import { PostgresEventStore, PostgresSnapshotStore, type SnapshotStore } from '../infra/eventStore/index.js';
import type { Database } from '../infra/postgres/index.js';
import { createConversation, sendMessage } from '../features/messaging/index.js';
import { fmt, type Row } from './report.js';

const ann = '00000000-0000-4000-8000-00000000a0a0';
const SAMPLES = 50;
const SEED_BATCH = 1000;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const context = (): CommandContext => ({
  commandId: randomUUID(),
  correlationId: 'bench',
  userId: ann,
  now: new Date(),
});

/**
 * Sending a message through the use case (sendMessage: conversation from its snapshot, the
 * message's own stream, one two-stream append) on the Postgres store: the median cost of the
 * 10th message of a conversation (50 fresh group conversations) against the `total`th to
 * `total + 49`th of one long conversation, interleaved; then the long one without snapshots.
 * The long conversation is seeded fast: its `MessageSequenced` counter events appended in
 * batches (the message streams of the seeded messages play no part in a later send).
 */
export async function messagingBench(db: Database, total: number): Promise<Row[]> {
  const store = await PostgresEventStore.open(db);
  const snapshots = await PostgresSnapshotStore.open(db);
  const limits = { maxLength: 4000 };
  // Users are not checked for a group with no other member; the blob and block reads find nothing.
  const group = async () =>
    (
      await createConversation(
        { store },
        { kind: 'group', memberIds: [], name: 'Bench', avatarBlobId: null },
        context(),
      )
    ).id;
  let sent = 0;
  const send = (conversationId: string, using: SnapshotStore | undefined) =>
    sendMessage(
      { store, snapshots: using },
      { conversationId, clientMessageId: `m${++sent}`, text: 'hello there', attachments: [], replyTo: null },
      context(),
      limits,
    );
  const time = async (conversationId: string, using: SnapshotStore | undefined) => {
    const started = performance.now();
    await send(conversationId, using);
    return performance.now() - started;
  };
  const warm = await group();
  for (let i = 0; i < 300; i++) await send(warm, snapshots);

  const long = await group();
  const stream = `conversation-${long}`;
  for (let seq = 1; seq < total; seq += SEED_BATCH) {
    const last = Math.min(seq + SEED_BATCH, total);
    const events: ConversationEvent[] = [];
    for (let n = seq; n < last; n++)
      events.push({
        type: 'MessageSequenced',
        data: {
          conversationId: long,
          messageId: randomUUID(),
          seq: n,
          userId: ann,
          at: new Date().toISOString(),
        },
      });
    // Stream version: created (0) and the owner (1), then one event per message.
    await store.append(stream, toNewEvents(context(), stream, events), seq);
  }
  await send(long, snapshots); // folds the seeded history once and keeps a snapshot
  const tenths: number[] = [];
  const lates: number[] = [];
  for (let s = 0; s < SAMPLES; s++) {
    const fresh = await group();
    for (let i = 0; i < 9; i++) await send(fresh, snapshots);
    tenths.push(await time(fresh, snapshots));
    lates.push(await time(long, snapshots));
  }
  const fulls: number[] = [];
  for (let s = 0; s < 5; s++) fulls.push(await time(long, undefined));
  const [tenth, late, full] = [median(tenths), median(lates), median(fulls)];
  await store.close();
  const baseline = `10th message: ${fmt(tenth, 2)} ms`;
  return [
    {
      benchmark: `messaging: sending the ${fmt(total)}th message of one conversation (median of ${SAMPLES})`,
      result: `${fmt(late, 2)} ms`,
      baseline,
      ratio: `${fmt(late / tenth, 2)}×`,
      goal: '≤ 2×',
    },
    {
      benchmark: 'the same conversation folded in full, no snapshot (median of 5)',
      result: `${fmt(full, 2)} ms`,
      baseline,
      ratio: `${fmt(full / tenth, 2)}×`,
      goal: '—',
    },
  ];
}
