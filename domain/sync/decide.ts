import { DomainError } from '../shared/index.js';
import type { ApplyMutation } from './commands.js';
import type { ConflictReason, DocumentEvent } from './events.js';
import { compareHlc, hlcMillis } from './hlc.js';
import type { DocumentState } from './state.js';

type Data = ApplyMutation['data'];

const isEqual = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function settled(
  data: Data,
  state: DocumentState,
  outcome: 'applied' | 'conflict',
  reason: ConflictReason | null,
  conflictFields: string[] = [],
): DocumentEvent[] {
  const { collection, documentId, mutationId, clientId } = data;
  return [
    {
      type: 'MutationSettled',
      data: {
        collection,
        documentId,
        mutationId,
        clientId,
        version: state.version,
        outcome,
        reason,
        conflictFields,
      },
    },
  ];
}

/** The field writes a mutation asks for: `set` values, and `undefined` for removals. */
function requested(data: Data, state: DocumentState): Map<string, unknown> {
  const writes = new Map<string, unknown>(Object.entries(data.set));
  const unset =
    data.op === 'put'
      ? Object.keys(state.deleted ? {} : state.fields).filter((f) => !(f in data.set))
      : data.unset;
  for (const name of unset) if (!writes.has(name)) writes.set(name, undefined);
  return writes;
}

function changed(
  data: Data,
  state: DocumentState,
  writes: Map<string, unknown>,
  outcome: 'applied' | 'merged',
  conflictFields: string[],
): DocumentEvent[] {
  const current = state.deleted ? {} : state.fields;
  const set: Record<string, unknown> = {};
  const unset: string[] = [];
  const clocks: Record<string, string> = {};
  for (const [name, value] of writes) {
    if (value === undefined) {
      if (!(name in current)) continue;
      unset.push(name);
    } else {
      if (isEqual(current[name], value) && !state.deleted) continue;
      set[name] = value;
    }
    clocks[name] = data.hlc;
  }
  if (Object.keys(clocks).length === 0 && !(state.deleted || !state.exists)) {
    return conflictFields.length > 0
      ? settled(data, state, 'conflict', 'stale_fields', conflictFields)
      : settled(data, state, 'applied', null);
  }
  const { collection, documentId, mutationId, clientId } = data;
  return [
    {
      type: 'DocumentChanged',
      data: {
        collection,
        documentId,
        mutationId,
        clientId,
        version: state.version + 1,
        set,
        unset,
        clocks,
        outcome,
        conflictFields,
        ...(state.exists ? {} : { scope: data.scope }),
        ...(data.scope.spaceId === null ? { userId: data.scope.ownerId } : {}),
      },
    },
  ];
}

/** Splits stale writes into those that win by clock and those that lose. */
function byClock(data: Data, state: DocumentState, writes: Map<string, unknown>) {
  const winning = new Map<string, unknown>();
  const losing: string[] = [];
  for (const [name, value] of writes) {
    const clock = state.clocks[name];
    if (clock === undefined || compareHlc(data.hlc, clock) > 0) winning.set(name, value);
    else losing.push(name);
  }
  return { winning, losing };
}

function staleWrite(data: Data, state: DocumentState, writes: Map<string, unknown>): DocumentEvent[] {
  const strategy = data.strategy;
  switch (strategy.kind) {
    case 'server_wins':
      return settled(data, state, 'conflict', 'server_wins', [...writes.keys()]);
    case 'manual':
      return settled(data, state, 'conflict', 'manual', [...writes.keys()]);
    case 'lww': {
      const { winning, losing } = byClock(data, state, writes);
      if (winning.size === 0) return settled(data, state, 'conflict', 'stale_fields', losing);
      return changed(data, state, winning, 'merged', losing);
    }
    case 'field_merge': {
      const free = new Map<string, unknown>();
      const contested = new Map<string, unknown>();
      for (const [name, value] of writes) {
        ((state.changedAt[name] ?? 0) > data.baseVersion ? contested : free).set(name, value);
      }
      let lost = [...contested.keys()];
      if (strategy.fallback === 'lww') {
        const { winning, losing } = byClock(data, state, contested);
        for (const [name, value] of winning) free.set(name, value);
        lost = losing;
      }
      if (free.size === 0)
        return settled(
          data,
          state,
          'conflict',
          strategy.fallback === 'manual' ? 'manual' : 'stale_fields',
          lost,
        );
      return changed(data, state, free, 'merged', lost);
    }
  }
}

function staleDelete(data: Data, state: DocumentState): DocumentEvent[] {
  const strategy = data.strategy;
  const fields = Object.keys(state.fields);
  const latest = Object.values(state.clocks).reduce((a, b) => (compareHlc(a, b) >= 0 ? a : b), '');
  const lwwWins = compareHlc(data.hlc, latest) > 0;
  switch (strategy.kind) {
    case 'server_wins':
      return settled(data, state, 'conflict', 'server_wins', fields);
    case 'manual':
      return settled(data, state, 'conflict', 'manual', fields);
    case 'field_merge':
      if (strategy.fallback === 'manual') return settled(data, state, 'conflict', 'manual', fields);
      return lwwWins ? deleted(data, state) : settled(data, state, 'conflict', 'newer_changes', fields);
    case 'lww':
      return lwwWins ? deleted(data, state) : settled(data, state, 'conflict', 'newer_changes', fields);
  }
}

function deleted(data: Data, state: DocumentState): DocumentEvent[] {
  const { collection, documentId, mutationId, clientId, hlc } = data;
  return [
    {
      type: 'DocumentDeleted',
      data: { collection, documentId, mutationId, clientId, hlc, version: state.version + 1 },
    },
  ];
}

/** Whether `writer` is a mutation of the same client as `mutationId`, with a lower sequence. */
function isEarlierOwn(writer: string | undefined, mutationId: string): boolean {
  if (writer === undefined) return false;
  const split = (id: string) => {
    const at = id.lastIndexOf(':');
    return [id.slice(0, at), Number(id.slice(at + 1))] as const;
  };
  const [client, sequence] = split(writer);
  const [givenClient, givenSequence] = split(mutationId);
  return client === givenClient && sequence < givenSequence;
}

/** Refuses a mutation whose clock is further ahead of the server's than allowed. */
function checkClock({ data, metadata }: ApplyMutation): void {
  const aheadMs = hlcMillis(data.hlc) - data.receivedAtMs;
  if (aheadMs <= data.maxClockSkewMs) return;
  const seconds = (ms: number) => (ms - (ms % 1000)) / 1000;
  throw new DomainError(
    'invalid',
    'clock_skew',
    `The mutation's clock is ${seconds(aheadMs)} s ahead of the server's (${metadata.now}); ` +
      `at most ${seconds(data.maxClockSkewMs)} s is allowed: correct the device's clock`,
  );
}

/**
 * One mutation on one document. A clock too far ahead of the server's is refused (`clock_skew`).
 * On the version the client saw, it applies. On an older one, the collection's strategy
 * settles it. Whatever happens is one event, so a replayed mutation
 * finds its first answer in the stream.
 */
export function decideDocument(command: ApplyMutation, state: DocumentState): DocumentEvent[] {
  checkClock(command);
  const given = command.data;
  if (given.baseVersion > state.version || given.baseVersion < 0) {
    throw new DomainError('invalid', 'bad_base_version', `The document is at version ${state.version}`);
  }
  // Versions the same client wrote after its base with earlier mutations (its own queue) do not
  // count; a later mutation of its that arrived first does, so arrival order cannot undo clocks.
  let base = given.baseVersion;
  while (base < state.version && isEarlierOwn(state.writers[base], given.mutationId)) base += 1;
  const data = { ...given, baseVersion: base };
  const fresh = data.baseVersion === state.version;
  if (data.op === 'delete') {
    if (!state.exists || state.deleted) return settled(data, state, 'applied', null);
    return fresh ? deleted(data, state) : staleDelete(data, state);
  }
  const writes = requested(data, state);
  if (state.deleted && !fresh) {
    // Deleted since the client's base: last writer wins may bring it back; otherwise a conflict.
    const comesBack =
      (data.strategy.kind === 'lww' ||
        (data.strategy.kind === 'field_merge' && data.strategy.fallback === 'lww')) &&
      state.deletedClock !== null &&
      compareHlc(data.hlc, state.deletedClock) > 0;
    if (!comesBack) return settled(data, state, 'conflict', 'deleted', [...writes.keys()]);
    return changed(data, state, writes, 'merged', []);
  }
  if (fresh) return changed(data, state, writes, 'applied', []);
  return staleWrite(data, state, writes);
}
