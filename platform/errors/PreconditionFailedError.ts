/** A command made conditional on a stream version (`If-Match`) found the stream at another one. */
export class PreconditionFailedError extends Error {
  override readonly name = 'PreconditionFailedError';
  constructor(
    readonly stream: string,
    readonly expectedVersion: number,
    /** The stream's version now (-1: the stream does not exist). */
    readonly currentVersion: number,
  ) {
    super(`Stream ${stream} is at version ${currentVersion}, not ${expectedVersion}`);
  }
}
