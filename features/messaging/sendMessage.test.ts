import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../core/index.js';
import { PostgresEventStore, PostgresSnapshotStore, type EventStore } from '../../infra/eventStore/index.js';
import type { Database } from '../../infra/postgres/index.js';
import { templatedPglite } from '../../test/support/pgliteTemplate.js';
import { freshDatabase } from '../../test/support/freshDatabase.js';
import { createConversation } from './createConversation.js';
import { sendMessage } from './sendMessage.js';

const ann = '00000000-0000-4000-8000-000000000001';
const context = (): CommandContext => ({
  commandId: randomUUID(),
  correlationId: 'send',
  userId: ann,
  now: new Date(),
});
const limits = { maxLength: 4000 };

describe('sendMessage on the event store', () => {
  let db: Database;
  let store: PostgresEventStore;
  let snapshots: PostgresSnapshotStore;
  const reads: { stream: string; count: number }[] = [];
  let counting: EventStore;
  beforeAll(async () => {
    db = await templatedPglite();
    store = await PostgresEventStore.open(db);
    snapshots = await PostgresSnapshotStore.open(db);
    counting = Object.assign(Object.create(store) as EventStore, {
      readStream: async (...args: Parameters<EventStore['readStream']>) => {
        const events = await store.readStream(...args);
        reads.push({ stream: args[0], count: events.length });
        return events;
      },
    });
  });
  afterAll(async () => {
    await store.close();
    await db.close();
  });
  const group = async () =>
    (
      await createConversation(
        { store, snapshots },
        { kind: 'group', memberIds: [], name: 'Team', avatarBlobId: null },
        context(),
      )
    ).id;
  const send = (conversationId: string, clientMessageId: string, text = 'hi') =>
    sendMessage(
      { store: counting, snapshots },
      { conversationId, clientMessageId, text, attachments: [], replyTo: null },
      context(),
      limits,
    );

  it('senders racing on one conversation get distinct, gap-free sequence numbers', async () => {
    const id = await group();
    const sent = await Promise.all(Array.from({ length: 8 }, (_, i) => send(id, `c${i}`)));
    expect(sent.map((s) => s.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('a retried send answers the first id and sequence number and appends nothing', async () => {
    const id = await group();
    const first = await send(id, 'same');
    await send(id, 'other');
    const head = await store.headPosition();
    const again = await send(id, 'same');
    expect(again).toMatchObject({ messageId: first.messageId, seq: first.seq, replayed: true });
    expect(await store.headPosition()).toBe(head);
  });

  it('a first send reads the conversation only, not its own (new) message stream', async () => {
    const id = await group();
    reads.length = 0;
    const sent = await send(id, 'fresh');
    expect(sent).toMatchObject({ seq: 1, replayed: false });
    expect(reads.map((r) => r.stream)).toEqual([`conversation-${id}`]);
  });

  it('a retry (read after its first append fails) answers the first send; other content is refused', async () => {
    const id = await group();
    const first = await send(id, 'kept', 'hello');
    const again = await send(id, 'kept', 'hello');
    expect(again).toMatchObject({ messageId: first.messageId, seq: first.seq, replayed: true });
    await expect(send(id, 'kept', 'other words')).rejects.toMatchObject({ code: 'conflict' });
  });

  it('a send on a long conversation folds only the events after its snapshot', async () => {
    const id = await group();
    for (let i = 0; i < 120; i++) await send(id, `m${i}`);
    reads.length = 0;
    const last = await send(id, 'last');
    expect(last.seq).toBe(121);
    const conversationReads = reads.filter((r) => r.stream === `conversation-${id}`);
    expect(conversationReads.length).toBeGreaterThan(0);
    for (const read of conversationReads) expect(read.count).toBeLessThanOrEqual(25);
  });
});

describe('sendMessage on a Postgres server', () => {
  const database = freshDatabase();

  it('a busy group (32 members sending at once) should answer every send, none with a conflict', async (ctx) => {
    if (!database.db) return ctx.skip();
    const store = await PostgresEventStore.open(database.db);
    const snapshots = await PostgresSnapshotStore.open(database.db);
    const deps = { store, snapshots };
    const { id } = await createConversation(
      deps,
      { kind: 'group', memberIds: [], name: 'Busy', avatarBlobId: null },
      context(),
    );
    const sent = await Promise.all(
      Array.from({ length: 32 }, (_, i) =>
        sendMessage(
          deps,
          { conversationId: id, clientMessageId: `busy${i}`, text: 'hi', attachments: [], replyTo: null },
          context(),
          limits,
        ),
      ),
    );
    expect(sent.map((s) => s.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
  });
});
