import { expect } from 'vitest';
import type { Decider, DomainEvent } from '../../domain/shared/index.js';

/** What a decider decided for one command on top of some history. */
export interface DeciderOutcome<Event> {
  /** The events decided (throws what the decider threw). */
  events(): Event[];
  /** Asserts the decided events, all of them (toEqual). */
  thenEvents(expected: readonly Event[]): void;
  /** Asserts the first decided event (toMatchObject: only the fields given). */
  thenFirstMatches(expected: Record<string, unknown>): void;
  /** Asserts that the decider refused, with an error matching `expected` (a DomainError's `reason`, say). */
  thenThrows(expected: Record<string, unknown>): void;
}

/**
 * Given/when/then for a decider: `deciderSpec(sessionDecider).given(started).when(refresh).thenEvents([...])`.
 * The history is folded with the decider's own evolve, as the command core does.
 */
export function deciderSpec<Command, Event extends DomainEvent, State>(
  decider: Decider<Command, Event, State>,
) {
  return {
    given: (...history: readonly Event[]) => ({
      /** The state the history folds into. */
      state: (): State => history.reduce(decider.evolve, decider.initialState()),
      when(command: Command): DeciderOutcome<Event> {
        const events = () => decider.decide(command, history.reduce(decider.evolve, decider.initialState()));
        return {
          events,
          thenEvents: (expected) => expect(events()).toEqual(expected),
          thenFirstMatches: (expected) => expect(events()[0]).toMatchObject(expected),
          thenThrows: (expected) => expect(events).toThrow(expect.objectContaining(expected)),
        };
      },
    }),
  };
}
