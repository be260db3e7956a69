import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  documentDecider,
  formatHlc,
  mutationResult,
  type ApplyMutation,
  type ConflictStrategy,
  type DocumentEvent,
  type DocumentState,
  type MutationResult,
} from './index.js';

/**
 * Three offline clients edit a handful of documents, then sync in a random interleaving (whole
 * queues, single mutations, pulls). Properties: every mutation gets one result; nothing a result
 * calls applied is missing from the document right after it, and a field not applied is named
 * in the result; when everyone has synced, every client holds the server's state.
 */
type Action =
  | { kind: 'patch'; client: number; doc: number; field: string; value: number }
  | { kind: 'put'; client: number; doc: number; values: Record<string, number> }
  | { kind: 'delete'; client: number; doc: number }
  | { kind: 'sendOne'; client: number }
  | { kind: 'sync'; client: number }
  | { kind: 'tick'; client: number; ms: number };

const client = fc.integer({ min: 0, max: 2 });
const doc = fc.integer({ min: 0, max: 2 });
const field = fc.constantFrom('title', 'status', 'notes');
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('patch' as const),
      client,
      doc,
      field,
      value: fc.integer({ min: 0, max: 99 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('put' as const),
      client,
      doc,
      values: fc.dictionary(field, fc.integer({ min: 0, max: 99 }), { minKeys: 1, maxKeys: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), client, doc }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('sendOne' as const), client }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('sync' as const), client }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('tick' as const),
      client,
      ms: fc.integer({ min: -500, max: 2000 }),
    }),
  },
);
const strategies: ConflictStrategy[] = [
  { kind: 'lww' },
  { kind: 'field_merge', fallback: 'lww' },
  { kind: 'field_merge', fallback: 'manual' },
  { kind: 'server_wins' },
  { kind: 'manual' },
];

interface View {
  version: number;
  deleted: boolean;
  fields: Record<string, unknown>;
}

function simulate(actions: Action[], strategy: ConflictStrategy) {
  const server = new Map<number, { state: DocumentState; events: DocumentEvent[] }>();
  const docOf = (id: number) => {
    let entry = server.get(id);
    if (!entry) server.set(id, (entry = { state: documentDecider.initialState(), events: [] }));
    return entry;
  };
  const clients = [0, 1, 2].map((i) => ({
    id: `client${i}`,
    clock: 1_000_000 + i * 7,
    counter: 0,
    seq: 0,
    // What the client last pulled, and its optimistic copy.
    pulled: new Map<number, View>(),
    local: new Map<number, View>(),
    queue: [] as { doc: number; command: ApplyMutation }[],
  }));
  const results = new Map<string, MutationResult>();

  function enqueue(
    c: (typeof clients)[number],
    docId: number,
    op: 'put' | 'patch' | 'delete',
    set: Record<string, unknown>,
  ) {
    c.counter += 1;
    c.seq += 1;
    const base = c.pulled.get(docId)?.version ?? 0;
    const command: ApplyMutation = {
      type: 'ApplyMutation',
      data: {
        collection: 'jobs',
        documentId: `d${docId}`,
        mutationId: `${c.id}:${c.seq}`,
        clientId: c.id,
        op,
        set,
        unset: [],
        baseVersion: base,
        hlc: formatHlc(c.clock, c.counter % 10_000, c.id),
        receivedAtMs: Date.parse('2026-01-01T00:00:00.000Z'),
        maxClockSkewMs: 300_000,
        strategy,
        scope: { ownerId: 'team', spaceId: 'space' },
      },
      metadata: { now: '2026-01-01T00:00:00.000Z', userId: 'u' },
    };
    c.queue.push({ doc: docId, command });
    const local = c.local.get(docId) ?? { version: base, deleted: false, fields: {} };
    c.local.set(
      docId,
      op === 'delete'
        ? { ...local, deleted: true, fields: {} }
        : { ...local, deleted: false, fields: op === 'put' ? { ...set } : { ...local.fields, ...set } },
    );
  }

  function send(c: (typeof clients)[number]) {
    const next = c.queue.shift();
    if (!next) return;
    const entry = docOf(next.doc);
    const before = entry.state;
    const events = documentDecider.decide(next.command, before);
    expect(events).toHaveLength(1);
    const after = events.reduce(documentDecider.evolve, before);
    entry.events.push(...events);
    entry.state = after;
    const result = mutationResult(events[0]!, after);
    expect(results.has(next.command.data.mutationId)).toBe(false);
    results.set(next.command.data.mutationId, result);
    // Nothing acknowledged goes missing: applied writes are visible, others are named.
    const { set, op } = next.command.data;
    if (result.status === 'conflict') {
      expect(after.version).toBe(before.version);
      expect(after.fields).toEqual(before.fields);
    } else if (op === 'delete') {
      expect(after.deleted || !before.exists || before.deleted).toBe(true);
    } else {
      for (const [name, value] of Object.entries(set)) {
        const visible = JSON.stringify(after.fields[name]) === JSON.stringify(value);
        if (result.status === 'applied') expect(visible, `${name} applied`).toBe(true);
        else expect(visible || result.conflictFields.includes(name), `${name} merged or named`).toBe(true);
      }
    }
  }

  function pull(c: (typeof clients)[number]) {
    for (const [id, entry] of server) {
      const view = {
        version: entry.state.version,
        deleted: entry.state.deleted,
        fields: { ...entry.state.fields },
      };
      c.pulled.set(id, view);
      c.local.set(id, view);
    }
    // Pending local edits stay on top of what was pulled (optimistic UI).
    for (const pending of c.queue) {
      const { op, set } = pending.command.data;
      const local = c.local.get(pending.doc) ?? { version: 0, deleted: false, fields: {} };
      c.local.set(
        pending.doc,
        op === 'delete'
          ? { ...local, deleted: true, fields: {} }
          : { ...local, deleted: false, fields: op === 'put' ? { ...set } : { ...local.fields, ...set } },
      );
    }
  }

  for (const a of actions) {
    const c = clients[a.client]!;
    switch (a.kind) {
      case 'patch':
        enqueue(c, a.doc, 'patch', { [a.field]: a.value });
        break;
      case 'put':
        enqueue(c, a.doc, 'put', a.values);
        break;
      case 'delete':
        enqueue(c, a.doc, 'delete', {});
        break;
      case 'sendOne':
        send(c);
        break;
      case 'sync':
        while (c.queue.length > 0) send(c);
        pull(c);
        break;
      case 'tick':
        c.clock = Math.max(0, c.clock + a.ms);
        break;
    }
  }
  // Everyone reconnects: every queue drains, then everyone pulls.
  for (const c of clients) while (c.queue.length > 0) send(c);
  for (const c of clients) pull(c);
  const total = clients.reduce((n, c) => n + c.seq, 0);
  expect(results.size).toBe(total);
  const serverView = [...server].map(([id, e]) => [
    id,
    { version: e.state.version, deleted: e.state.deleted, fields: e.state.fields },
  ]);
  for (const c of clients) {
    expect([...c.local].filter(([id]) => server.has(id)).sort(([a], [b]) => a - b)).toEqual(
      serverView.sort(([a], [b]) => Number(a) - Number(b)),
    );
  }
  return { results, server };
}

describe('offline clients converge (property, 1,000 interleavings per strategy)', () => {
  for (const strategy of strategies) {
    const name = strategy.kind === 'field_merge' ? `field_merge → ${strategy.fallback}` : strategy.kind;
    it(`when three offline clients sync in any order under ${name}, they should converge and lose nothing unreported`, () => {
      fc.assert(
        fc.property(fc.array(action, { minLength: 5, maxLength: 60 }), (actions) => {
          simulate(actions, strategy);
        }),
        { numRuns: 1000 },
      );
    });
  }

  it('when two clients write the same field offline under lww, the later clock should win, and the loser be told', () => {
    const { results, server } = simulate(
      [
        { kind: 'patch', client: 0, doc: 0, field: 'title', value: 1 },
        { kind: 'sync', client: 0 },
        { kind: 'sync', client: 1 },
        { kind: 'sync', client: 2 },
        { kind: 'tick', client: 2, ms: 5000 },
        { kind: 'patch', client: 2, doc: 0, field: 'title', value: 3 },
        { kind: 'patch', client: 1, doc: 0, field: 'title', value: 2 },
        { kind: 'sync', client: 2 },
        { kind: 'sync', client: 1 },
      ],
      { kind: 'lww' },
    );
    expect(server.get(0)!.state.fields).toEqual({ title: 3 });
    expect(results.get('client1:1')).toMatchObject({
      status: 'conflict',
      reason: 'stale_fields',
      conflictFields: ['title'],
    });
  });

  it('when two clients change different fields under field_merge, both changes should stay', () => {
    const { results, server } = simulate(
      [
        { kind: 'put', client: 0, doc: 0, values: { title: 1, status: 1 } },
        { kind: 'sync', client: 0 },
        { kind: 'sync', client: 1 },
        { kind: 'sync', client: 2 },
        { kind: 'patch', client: 1, doc: 0, field: 'title', value: 2 },
        { kind: 'patch', client: 2, doc: 0, field: 'status', value: 3 },
        { kind: 'sync', client: 1 },
        { kind: 'sync', client: 2 },
      ],
      { kind: 'field_merge', fallback: 'manual' },
    );
    expect(server.get(0)!.state.fields).toEqual({ title: 2, status: 3 });
    expect(results.get('client2:1')).toMatchObject({ status: 'merged', conflictFields: [] });
  });
});
