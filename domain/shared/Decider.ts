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
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}
