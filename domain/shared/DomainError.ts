/**
 * A business refusal the caller must see. `code` is stable and maps to an HTTP status and a
 * Problem Details `type` at the edge (command-api), never here.
 */
export type DomainErrorCode = 'not_found' | 'conflict' | 'invalid_credentials' | 'forbidden' | 'invalid';

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}
