import type { Decider, DomainCommand, DomainEvent } from '../domain/shared/index.js';
import {
  WrongExpectedVersionError,
  type EventStore,
  type NewEvent,
  type SnapshotStore,
} from '../infra/eventStore/index.js';
import { inSpan } from '../platform/observability/index.js';
import type { CommandContext } from './CommandContext.js';
import { foldStream } from './foldStream.js';
import {
  commandMetadata,
  handleCommand,
  replayOf,
  toNewEvents,
  type CommandResult,
} from './handleCommand.js';

/** One command of a batch: as `handleCommand` takes it, on its own stream. */
export interface BatchCommand<Command extends DomainCommand, State> {
  stream: string;
  command: (metadata: Command['metadata']) => Command;
  context: CommandContext;
  check?: (state: State) => void | Promise<void>;
  /**
   * The caller expects the stream not to exist yet (a create): it is not read, and the append
   * expects no stream. When it exists after all (a retried create, another writer), the append
   * is refused and the command is read, decided and appended again like any other.
   */
  expectNew?: boolean;
}

/** Each command's own answer: its result, or what it threw (a refusal is one command's, not the batch's). */
export type BatchOutcome<State, Event> =
  { ok: true; result: CommandResult<State, Event> } | { ok: false; error: unknown };

/**
 * Many commands of one decider, answered each on its own as `handleCommand` would, but at the
 * cost of a few round trips: the streams of a run of commands on distinct streams are read in one
 * query, each command is checked and decided, and whatever they decided is appended in one
 * transaction (one durable commit). A stream named twice starts a new run, so a later command
 * sees the earlier one's events. When another writer changed one of the streams meanwhile, the
 * run's append is refused whole and its commands go one by one through `handleCommand` (which
 * re-reads and retries). Stores that cannot append to several streams atomically, and deciders
 * that keep snapshots, take that path from the start.
 */
export async function handleCommandBatch<
  Command extends DomainCommand,
  Event extends DomainEvent,
  State,
>(input: {
  store: EventStore;
  decider: Decider<Command, Event, State>;
  commands: readonly BatchCommand<Command, State>[];
  snapshots?: SnapshotStore;
  /** Attempts of a command that goes alone after a conflict (handleCommand's `attempts`). */
  attempts?: number;
}): Promise<BatchOutcome<State, Event>[]> {
  const { store, decider, commands, snapshots, attempts } = input;
  const alone = (c: BatchCommand<Command, State>): Promise<BatchOutcome<State, Event>> =>
    handleCommand({ store, decider, snapshots, attempts, ...c }).then(
      (result) => ({ ok: true, result }),
      (error: unknown) => ({ ok: false, error }),
    );
  const outcomes: BatchOutcome<State, Event>[] = [];
  if (!store.appendMany || decider.snapshot) {
    for (const c of commands) outcomes.push(await alone(c));
    return outcomes;
  }
  const appendMany = store.appendMany.bind(store);

  // A stream an earlier command of the batch names exists by then: only first mentions are guessed.
  const guessable = new Set<number>();
  const named = new Set<string>();
  for (const [i, c] of commands.entries()) {
    if (c.expectNew && !named.has(c.stream)) guessable.add(i);
    named.add(c.stream);
  }

  /**
   * Reads, decides and appends the commands at `indexes` (distinct streams) together. `optimistic`:
   * the commands that expect a new stream are not read. Answers the indexes to do again, read:
   * the guessed commands that were refused or decided nothing, and, when the append was refused
   * while it held a guess, every command of it.
   */
  const runOf = async (indexes: readonly number[], optimistic: boolean): Promise<number[]> => {
    const guessed = (i: number) => optimistic && guessable.has(i);
    const toRead = indexes.filter((i) => !guessed(i)).map((i) => commands[i]!.stream);
    const read = toRead.length > 0 ? await store.readStreams(toRead) : new Map<string, never[]>();
    const pending: { index: number; events: NewEvent[]; decided: Event[]; state: State; version: number }[] =
      [];
    // A guess is only trusted by the append that checks it: a guessed command refused, or
    // deciding nothing, is read and decided again.
    const again: number[] = [];
    for (const index of indexes) {
      const c = commands[index]!;
      const events = read.get(c.stream) ?? [];
      const state = foldStream(decider, events);
      const last = events[events.length - 1];
      const version = last?.streamVersion ?? -1;
      const replay = replayOf(decider, { state, events }, c.context.commandId);
      if (replay) {
        outcomes[index] = { ok: true, result: replay };
        continue;
      }
      try {
        await c.check?.(state);
        const decided = decider.decide(c.command(commandMetadata(c.context)), state);
        if (decided.length === 0) {
          if (guessed(index)) again.push(index);
          else
            outcomes[index] = {
              ok: true,
              result: { state, version, position: last?.position ?? 0, appended: 0, events: [] },
            };
          continue;
        }
        pending.push({ index, events: toNewEvents(c.context, c.stream, decided), decided, state, version });
      } catch (error) {
        if (guessed(index)) again.push(index);
        else outcomes[index] = { ok: false, error };
      }
    }
    if (pending.length === 0) return again;
    try {
      const appended = await appendMany(
        pending.map((p) => ({
          stream: commands[p.index]!.stream,
          events: p.events,
          expected: p.version === -1 ? ('no_stream' as const) : p.version,
        })),
      );
      for (const [k, p] of pending.entries()) {
        const result = appended[k]!;
        outcomes[p.index] = {
          ok: true,
          result: {
            state: p.decided.reduce(decider.evolve, p.state),
            version: result.nextExpectedVersion,
            position: result.position,
            appended: p.events.length,
            events: p.decided,
          },
        };
      }
      return again;
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      // Nothing of the run was appended. A guess may have been wrong: the run again, every stream
      // read. Otherwise another writer got in between: each command alone, on what the log holds now.
      if (pending.some((p) => guessed(p.index)))
        return [...again, ...pending.map((p) => p.index)].sort((x, y) => x - y);
      for (const p of pending) outcomes[p.index] = await alone(commands[p.index]!);
      return again;
    }
  };

  return inSpan('command.batch', { 'command.count': commands.length }, async () => {
    for (let start = 0; start < commands.length;) {
      const streams = new Set<string>();
      let end = start;
      while (end < commands.length && !streams.has(commands[end]!.stream))
        streams.add(commands[end++]!.stream);
      const again = await runOf(
        Array.from({ length: end - start }, (_, k) => start + k),
        true,
      );
      if (again.length > 0) await runOf(again, false);
      start = end;
    }
    return outcomes;
  });
}
