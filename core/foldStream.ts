import { eventsOf, type Decider, type DomainEvent } from '../domain/shared/index.js';
import type { RecordedEvent } from '../infra/eventStore/index.js';

/** Folds a stream's recorded events (those of the decider's event types) into the decider's state. */
export function foldStream<Event extends DomainEvent, State>(
  decider: Pick<Decider<unknown, Event, State>, 'eventTypes' | 'evolve' | 'initialState'>,
  history: readonly RecordedEvent[],
): State {
  return eventsOf(decider.eventTypes, history).reduce(
    (state, event) => decider.evolve(state, event),
    decider.initialState(),
  );
}
