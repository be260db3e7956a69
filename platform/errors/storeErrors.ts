// The event store's errors (infra/eventStore re-exports them), kept here so that the one HTTP
// error handler can map them without importing an adapter.

/** The one error an append raises when the stream is not at the expected version. */
export class WrongExpectedVersionError extends Error {
  override readonly name = 'WrongExpectedVersionError';
  constructor(
    readonly stream: string,
    /** The `ExpectedVersion` of the append: a version, 'any', 'no_stream' or 'stream_exists'. */
    readonly expected: number | string,
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${stream}: expected version ${String(expected)}, actual ${String(actual)}`);
  }
}

/** Some, but not all, of the event ids of an append were already stored: a retry that is not a retry. */
export class IdempotencyMismatchError extends Error {
  override readonly name = 'IdempotencyMismatchError';
  constructor(readonly stream: string) {
    super(`Stream ${stream}: the append repeats some event ids of an earlier append but not all of them`);
  }
}
