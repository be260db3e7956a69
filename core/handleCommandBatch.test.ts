import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DomainError, type Decider, type DomainCommand, type DomainEvent } from '../domain/shared/index.js';
import { PostgresEventStore, type EventStore } from '../infra/eventStore/index.js';
import { createPostgresDatabase } from '../infra/postgres/index.js';
import { createTestDatabase, postgresAvailable } from '../test/support/testDatabase.js';
import { pgliteEventStore } from '../test/support/pgliteEventStore.js';
import { handleCommandBatch, type BatchCommand, type CommandContext } from './index.js';

/** A counter per stream: Add n (refused when it would pass 10), and Noop. */
type Add = DomainCommand<'Add', { n: number }>;
type Added = DomainEvent<'Added', { n: number; total: number }>;
const counter: Decider<Add, Added, number> = {
  eventTypes: ['Added'],
  initialState: () => 0,
  evolve: (total, event) => event.data.total,
  decide: (command, total) => {
    if (command.data.n === 0) return [];
    if (total + command.data.n > 10) throw new DomainError('conflict', 'too_much', 'over ten');
    return [{ type: 'Added', data: { n: command.data.n, total: total + command.data.n } }];
  },
};

const added = (n: number, total: number): Added => ({
  type: 'Added',
  data: { n, total: total + n },
});

const context = (commandId: string): CommandContext => ({
  commandId,
  correlationId: commandId,
  now: new Date('2026-01-01T00:00:00Z'),
});
const add = (stream: string, n: number, commandId: string): BatchCommand<Add, number> => ({
  stream,
  command: (metadata) => ({ type: 'Add', data: { n }, metadata }),
  context: context(commandId),
});

describe('handleCommandBatch', () => {
  const embedded = pgliteEventStore();
  let store: PostgresEventStore;
  let run = 0;
  const streams = () => {
    run += 1;
    return ['a', 'b', 'c'].map((name) => `counter-${name}${run}`);
  };
  beforeAll(() => {
    store = embedded.store;
  });

  it('when the commands name distinct streams, it should read them in one go and append them in one transaction, each answered on its own', async () => {
    const [a, b, c] = streams() as [string, string, string];
    const readStreams = vi.spyOn(store, 'readStreams');
    const appendMany = vi.spyOn(store, 'appendMany');
    const append = vi.spyOn(store, 'append');
    const outcomes = await handleCommandBatch({
      store,
      decider: counter,
      commands: [add(a, 3, 'x1'), add(b, 11, 'x2'), add(c, 0, 'x3'), add(`${c}z`, 4, 'x4')],
    });
    expect(readStreams).toHaveBeenCalledTimes(1);
    expect(appendMany).toHaveBeenCalledTimes(1);
    expect(append).not.toHaveBeenCalled();
    expect(outcomes.map((o) => (o.ok ? o.result.events : (o.error as DomainError).reason))).toEqual([
      [{ type: 'Added', data: { n: 3, total: 3 } }],
      'too_much',
      [],
      [{ type: 'Added', data: { n: 4, total: 4 } }],
    ]);
    const [first, , , fourth] = outcomes;
    expect(first?.ok && first.result).toMatchObject({ version: 0, state: 3, appended: 1 });
    expect(fourth?.ok && fourth.result.position).toBe((await store.readStream(`${c}z`))[0]?.position);
    expect(await store.readStream(b)).toEqual([]);
    vi.restoreAllMocks();
  });

  it("when a stream is named twice, the second command should see the first one's event", async () => {
    const [a, b] = streams() as [string, string];
    const outcomes = await handleCommandBatch({
      store,
      decider: counter,
      commands: [add(a, 6, 'y1'), add(b, 1, 'y2'), add(a, 3, 'y3'), add(a, 5, 'y4')],
    });
    expect(outcomes.map((o) => (o.ok ? o.result.state : (o.error as DomainError).reason))).toEqual([
      6,
      1,
      9,
      'too_much',
    ]);
    expect((await store.readStream(a)).map((e) => e.data.total)).toEqual([6, 9]);
  });

  it('when the same batch is sent again, every command should replay its first answer and append nothing', async () => {
    const [a, b] = streams() as [string, string];
    const batch = [add(a, 2, 'z1'), add(b, 5, 'z2')];
    const first = await handleCommandBatch({ store, decider: counter, commands: batch });
    const head = await store.headPosition();
    const again = await handleCommandBatch({ store, decider: counter, commands: batch });
    expect(await store.headPosition()).toBe(head);
    expect(again.map((o) => o.ok && o.result.replayed)).toEqual([true, true]);
    expect(again.map((o) => o.ok && o.result.position)).toEqual(first.map((o) => o.ok && o.result.position));
  });

  it('when another writer changes a stream between the read and the append, nothing of the batch should be lost or doubled', async () => {
    const [a, b] = streams() as [string, string];
    // The other writer appends to `a` right after the batch read its streams.
    const read = store.readStreams.bind(store);
    vi.spyOn(store, 'readStreams').mockImplementationOnce(async (names) => {
      const before = await read(names);
      await handleCommandBatch({ store, decider: counter, commands: [add(a, 1, 'other')] });
      return before;
    });
    const outcomes = await handleCommandBatch({
      store,
      decider: counter,
      commands: [add(a, 2, 'w1'), add(b, 7, 'w2')],
    });
    vi.restoreAllMocks();
    expect(outcomes.map((o) => o.ok && o.result.state)).toEqual([3, 7]);
    expect((await store.readStream(a)).map((e) => e.data.n)).toEqual([1, 2]);
    expect((await store.readStream(b)).map((e) => e.data.n)).toEqual([7]);
  });

  it('when commands expect new streams, they should not be read; a guess that was wrong should be read and decided again, with nothing lost, doubled or refused', async () => {
    const [a, b, c] = streams() as [string, string, string];
    const created = (command: BatchCommand<Add, number>) => ({ ...command, expectNew: true });
    const readStreams = vi.spyOn(store, 'readStreams');
    const fresh = await handleCommandBatch({
      store,
      decider: counter,
      commands: [created(add(a, 2, 'n1')), created(add(b, 3, 'n2'))],
    });
    expect(readStreams).not.toHaveBeenCalled();
    expect(fresh.map((o) => o.ok && o.result.state)).toEqual([2, 3]);

    // `a` exists (the guess is wrong), `c` is new; the same commands again replay their answers.
    const head = await store.headPosition();
    const mixed = await handleCommandBatch({
      store,
      decider: counter,
      commands: [created(add(a, 4, 'n3')), created(add(c, 5, 'n4')), created(add(b, 3, 'n2'))],
    });
    expect(readStreams).toHaveBeenCalledTimes(1);
    expect(readStreams.mock.calls[0]![0]).toEqual([a, c, b]);
    vi.restoreAllMocks();
    expect(mixed.map((o) => o.ok && o.result.state)).toEqual([6, 5, 3]);
    expect(mixed[2]!.ok && mixed[2]!.result).toMatchObject({ replayed: true, appended: 0 });
    expect((await store.readStream(a)).map((e) => e.data.total)).toEqual([2, 6]);
    expect((await store.readStream(c)).map((e) => e.data.total)).toEqual([5]);
    expect((await store.readStream(b)).map((e) => e.data.total)).toEqual([3]);
    expect(await store.headPosition()).toBe(head + 2);
  });

  it('when a command that expects a new stream is refused on the empty state it guessed, or decides nothing, it should be decided again on the stream as it is', async () => {
    const [a] = streams() as [string];
    await handleCommandBatch({ store, decider: counter, commands: [add(a, 5, 'e1')] });
    const existing = (commandId: string, n: number): BatchCommand<Add, number> => ({
      ...add(a, n, commandId),
      expectNew: true,
      // Refuses what it takes for a document that does not exist yet.
      check: (total) => {
        if (total === 0) throw new DomainError('conflict', 'missing', 'nothing to add to');
      },
    });
    const [outcome] = await handleCommandBatch({ store, decider: counter, commands: [existing('e2', 1)] });
    expect(outcome!.ok && outcome!.result).toMatchObject({ state: 6, appended: 1 });
    // Named twice in a batch, the second mention is not guessed: the first one created the stream.
    const b = `${a}-twice`;
    const twice = await handleCommandBatch({
      store,
      decider: counter,
      commands: [
        { ...add(b, 2, 'e3'), expectNew: true },
        { ...add(b, 3, 'e4'), expectNew: true },
      ],
    });
    expect(twice.map((o) => o.ok && o.result.state)).toEqual([2, 5]);
  });

  it('when the store cannot append to several streams at once, it should run the commands one by one', async () => {
    const [a, b] = streams() as [string, string];
    const plain: EventStore = {
      append: store.append.bind(store),
      readStream: store.readStream.bind(store),
      readStreams: store.readStreams.bind(store),
      readAll: store.readAll.bind(store),
      headPosition: store.headPosition.bind(store),
      lastPosition: store.lastPosition.bind(store),
      subscribe: store.subscribe.bind(store),
      waitForAppend: store.waitForAppend.bind(store),
      close: async () => {},
    };
    const outcomes = await handleCommandBatch({
      store: plain,
      decider: counter,
      commands: [add(a, 4, 'v1'), add(b, 12, 'v2')],
    });
    expect(outcomes.map((o) => o.ok)).toEqual([true, false]);
    expect((await store.readStream(a)).map((e) => e.data.total)).toEqual([4]);
  });
});

describe('handleCommandBatch on PostgreSQL, writers racing', () => {
  let racing: { store: PostgresEventStore; close: () => Promise<void> } | undefined;
  let run = 0;
  beforeAll(async () => {
    if (!(await postgresAvailable())) return;
    const database = await createTestDatabase();
    const db = await createPostgresDatabase({ connectionString: database.url, poolMax: 14 });
    const store = await PostgresEventStore.open(db);
    racing = {
      store,
      close: async () => {
        await store.close();
        await db.close();
        await database.drop();
      },
    };
  });
  afterAll(async () => {
    await racing?.close();
  });

  it('when writers race on one stream with enough attempts, every command should land once, none refused', async (ctx) => {
    if (!racing) return ctx.skip();
    const shared = `counter-race${(run += 1)}`;
    // Twelve writers, each with a batch of two: the shared stream and one of its own. The batch's
    // append conflicts on the shared one, so each command goes alone, re-reading and retrying.
    const anyAdd = { ...counter, decide: (c: Add, total: number) => [added(c.data.n, total)] };
    const writers = Array.from({ length: 12 }, (_, w) =>
      handleCommandBatch({
        store: racing!.store,
        decider: anyAdd,
        commands: [add(shared, 1, `race-${w}`), add(`counter-own${run}-${w}`, 1, `own-${w}`)],
        attempts: 10,
      }),
    );
    const outcomes = (await Promise.all(writers)).flat();
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    const events = await racing.store.readStream(shared);
    expect(events.map((e) => e.data.total)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });
});
