import { v5 as uuidv5 } from 'uuid';
import { eventsOf, type Decider, type DomainCommand, type DomainEvent } from '../domain/shared/index.js';
import {
  WrongExpectedVersionError,
  type EventStore,
  type NewEvent,
  type SnapshotStore,
} from '../infra/eventStore/index.js';
import { inSpan } from '../platform/observability/index.js';
import type { CommandContext } from './CommandContext.js';
import { loadStream, type LoadedStream } from './loadStream.js';
import { PreconditionFailedError } from '../platform/errors/index.js';
import { keepSnapshot } from './keepSnapshot.js';
import { sleep } from '../platform/async/index.js';

const EVENT_ID_NAMESPACE = '8f5c2a8e-4f0b-4c1d-9a57-3e2b0f6d9c11';
const DEFAULT_ATTEMPTS = 3;

export interface CommandResult<State, Event = DomainEvent> {
  state: State;
  /** Stream version after the command (-1: the stream does not exist). */
  version: number;
  /** Global position of the stream's last event (0 when none). */
  position: number;
  appended: number;
  /**
   * What this command decided (empty when it changed nothing); for a retry answered from the log,
   * the events the first attempt appended (and `replayed` is true).
   */
  events: Event[];
  replayed?: boolean;
}

export interface HandleCommandInput<Command extends DomainCommand, Event extends DomainEvent, State> {
  store: EventStore;
  decider: Decider<Command, Event, State>;
  stream: string;
  /** Builds the command from the metadata the core fills in (time, acting user and device). */
  command: (metadata: Command['metadata']) => Command;
  context: CommandContext;
  /** The version the caller expects the stream at (`If-Match`); another one is a PreconditionFailedError. */
  ifVersion?: number;
  /**
   * The version `ifVersion` is checked against, when it is not the stream's: e.g. a profile's,
   * which only the events its reader sees move (default: the stream's version).
   */
  versionOf?: (state: State, streamVersion: number) => number;
  /** Checks that need the current state (a document's schema), before deciding; throw to refuse. */
  check?: (state: State) => void | Promise<void>;
  /** Where the snapshots of a decider with a snapshot policy are kept; without it, every event is folded. */
  snapshots?: SnapshotStore;
  /**
   * Attempts on version conflicts (default 3). Between attempts the command waits a random 0 to
   * 2^attempt ms, so writers racing on one stream stop colliding in lockstep.
   */
  attempts?: number;
}

/**
 * The events a command decided, as the store takes them: ids derived from the command id, the
 * stream and the index (a retried command appends nothing new), metadata from the context.
 */
export function toNewEvents(
  context: CommandContext,
  stream: string,
  decided: readonly DomainEvent[],
): NewEvent[] {
  return decided.map((event, index) => ({
    id: uuidv5(`${context.commandId}/${stream}/${index}`, EVENT_ID_NAMESPACE),
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: {
      // The store stamps each type's current schema version (UpcastingEventStore).
      schemaVersion: 1,
      commandId: context.commandId,
      correlationId: context.correlationId,
      ...(context.causationId ? { causationId: context.causationId } : {}),
      ...(context.userId ? { actorUserId: context.userId } : {}),
      ...(context.deviceId ? { actorDeviceId: context.deviceId } : {}),
      ...(context.traceparent ? { traceparent: context.traceparent } : {}),
    },
  }));
}

/** What the core fills into every command: the time, the acting user and device. */
export function commandMetadata(context: CommandContext): DomainCommand['metadata'] {
  return {
    now: context.now.toISOString(),
    ...(context.userId ? { userId: context.userId } : {}),
    ...(context.deviceId ? { deviceId: context.deviceId } : {}),
  };
}

/** The first answer of a command whose events the stream already holds (a retry), if it does. */
export function replayOf<Event extends DomainEvent, State>(
  decider: Pick<Decider<never, Event, State>, 'eventTypes'>,
  loaded: Pick<LoadedStream<State>, 'state' | 'events'>,
  commandId: string,
): CommandResult<State, Event> | undefined {
  const earlierEvents = loaded.events.filter((e) => e.metadata.commandId === commandId);
  const earlier = earlierEvents[earlierEvents.length - 1];
  if (!earlier) return undefined;
  return {
    state: loaded.state,
    version: earlier.streamVersion,
    position: earlier.position,
    appended: 0,
    events: eventsOf(decider.eventTypes, earlierEvents),
    replayed: true,
  };
}

/**
 * The command recipe, the same for HTTP routes, projectors, senders and schedulers:
 * 1. read the stream and fold it into state (from the latest snapshot, for a decider that keeps
 *    them); if the events read already hold this command's events,
 *    answer with their version and position (a retried command replays the first answer); if the
 *    caller made the command conditional on another version, throw PreconditionFailedError;
 * 2. decide (pure) what happens;
 * 3. append with the version read as the expectation; event ids derive from the command id, so a
 *    retried command appends nothing new and answers the same;
 * 4. on a version conflict only, start again after a short random wait (bounded).
 */
export async function handleCommand<Command extends DomainCommand, Event extends DomainEvent, State>(
  input: HandleCommandInput<Command, Event, State>,
): Promise<CommandResult<State, Event>> {
  const { store, decider, stream, context, ifVersion, check, snapshots } = input;
  const attempts = input.attempts ?? DEFAULT_ATTEMPTS;
  const command = input.command(commandMetadata(context));
  return inSpan('command.handle', { 'command.type': command.type, 'stream.name': stream }, async () => {
    for (let attempt = 1; ; attempt++) {
      const loaded = await loadStream(store, decider, stream, snapshots);
      const { state, version, position: lastPosition } = loaded;
      const replay = replayOf(decider, loaded, context.commandId);
      if (replay) return replay;
      const current = input.versionOf ? input.versionOf(state, version) : version;
      if (ifVersion !== undefined && ifVersion !== current) {
        throw new PreconditionFailedError(stream, ifVersion, current);
      }
      await check?.(state);
      const decided = decider.decide(command, state);
      if (decided.length === 0) return { state, version, position: lastPosition, appended: 0, events: [] };
      const events = toNewEvents(context, stream, decided);
      try {
        const result = await store.append(stream, events, version === -1 ? 'no_stream' : version);
        const newState = decided.reduce(decider.evolve, state);
        await keepSnapshot(decider, snapshots, loaded.snapshotVersion, {
          stream,
          version: result.nextExpectedVersion,
          position: result.position,
          state: newState,
        });
        return {
          state: newState,
          version: result.nextExpectedVersion,
          position: result.position,
          appended: events.length,
          events: decided,
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= attempts) throw error;
        await sleep(Math.random() * 2 ** attempt);
      }
    }
  });
}
