/** A fact in a stream: a past-tense type and its data. */
export interface DomainEvent<Type extends string = string, Data = Record<string, unknown>> {
  readonly type: Type;
  readonly data: Readonly<Data>;
}

/** What every command carries from outside: the clock and the acting user/device. */
export interface CommandMetadata {
  /** ISO-8601 time the command was received. */
  readonly now: string;
  readonly userId?: string;
  readonly deviceId?: string;
}

export interface DomainCommand<Type extends string = string, Data = Record<string, unknown>> {
  readonly type: Type;
  readonly data: Readonly<Data>;
  readonly metadata: CommandMetadata;
}

/** decide / evolve / initialState: the whole behaviour of a stream type, with no I/O. */
export interface Decider<Command, Event extends DomainEvent, State> {
  /**
   * The type names of `Event`, every one of them (derive it from a record with one entry per
   * type, such as the aggregate's personal fields): stored events of these types are folded as
   * `Event`s, others are skipped.
   */
  readonly eventTypes: readonly Event['type'][];
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
  /**
   * For a stream type that grows without bound: the command core keeps a snapshot of the state
   * every `every` events and folds only the events after it. Bump `version` whenever the state's
   * shape or `evolve` changes (snapshots of another version are ignored). Only for a state that is
   * plain JSON and holds no personal data: snapshots are stored as they are, not encrypted.
   */
  readonly snapshot?: { readonly version: number; readonly every: number };
}
