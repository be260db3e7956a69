import type { Decider, DomainEvent } from '../domain/shared/index.js';
import type { RecordedEvent } from '../infra/eventStore/index.js';

/** Folds a stream's recorded events into the decider's state. */
export function foldStream<Event extends DomainEvent, State>(
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  history: readonly RecordedEvent[],
): State {
  return history.reduce(
    (state, e) => decider.evolve(state, { type: e.type, data: e.data } as unknown as Event),
    decider.initialState(),
  );
}
