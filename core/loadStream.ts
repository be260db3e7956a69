import type { Decider, DomainEvent } from '../domain/shared/index.js';
import type { EventStore, RecordedEvent, SnapshotStore } from '../infra/eventStore/index.js';
import { foldStream } from './foldStream.js';

export interface LoadedStream<State> {
  state: State;
  /** Stream version (-1: the stream does not exist). */
  version: number;
  /** Global position of the stream's last event (0 when none). */
  position: number;
  /** The events read: all of them, or those after the snapshot. */
  events: RecordedEvent[];
  /** The version of the snapshot the fold started from (-1: none, folded from the start). */
  snapshotVersion: number;
}

/**
 * Reads a stream and folds it: from the decider's latest snapshot when it has a snapshot policy
 * and one of its version is stored, then the events after it; otherwise every event.
 */
export async function loadStream<Event extends DomainEvent, State>(
  store: EventStore,
  decider: Pick<Decider<unknown, Event, State>, 'eventTypes' | 'evolve' | 'initialState' | 'snapshot'>,
  stream: string,
  snapshots: SnapshotStore | undefined,
): Promise<LoadedStream<State>> {
  const policy = decider.snapshot;
  const found = policy && snapshots ? await snapshots.read(stream) : undefined;
  const snapshot = found && found.stateVersion === policy?.version ? found : undefined;
  const events = await store.readStream(stream, snapshot ? { fromVersion: snapshot.version + 1 } : {});
  const start = snapshot ? { ...decider, initialState: () => snapshot.state as State } : decider;
  return {
    state: foldStream(start, events),
    version: (snapshot?.version ?? -1) + events.length,
    position: events[events.length - 1]?.position ?? snapshot?.position ?? 0,
    events,
    snapshotVersion: snapshot?.version ?? -1,
  };
}
