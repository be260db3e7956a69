/**
 * A failure of infrastructure that will pass (a broker restarting, a dropped connection), as
 * opposed to a failure of the code or the data. Workers retry these without limit and never
 * park an event because of them.
 */
export class TransientError extends Error {
  override readonly name = 'TransientError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

// SQLSTATE classes and codes that say "try again": connection exceptions, shutdowns,
// serialization failures and deadlocks; and socket errors from the drivers.
const TRANSIENT_SQLSTATES = new Set(['57P01', '57P02', '57P03', '40001', '40P01', '53300']);
const TRANSIENT_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTCONN',
]);

export function isTransientError(error: unknown): boolean {
  if (error instanceof TransientError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  if (
    typeof code === 'string' &&
    (code.startsWith('08') || TRANSIENT_SQLSTATES.has(code) || TRANSIENT_SOCKET_CODES.has(code))
  ) {
    return true;
  }
  const message = (error as Error | null)?.message ?? '';
  return /Connection terminated|timeout exceeded when trying to connect|Knex: Timeout acquiring a connection/i.test(
    message,
  );
}
