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

// SQLSTATE classes and codes that say "the database is unwell, try again": connection
// exceptions (08), insufficient resources (53: disk full, out of memory, too many
// connections), system errors (58: I/O), shutdowns (57P01-03), a statement or lock timeout
// (57014, 55P03), serialization failures and deadlocks (40001, 40P01, 40003); and socket
// errors from the drivers.
const TRANSIENT_SQLSTATE_CLASSES = ['08', '53', '58'];
const TRANSIENT_SQLSTATES = new Set(['57P01', '57P02', '57P03', '57014', '55P03', '40001', '40P01', '40003']);
const TRANSIENT_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTCONN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function isTransientError(error: unknown): boolean {
  if (error instanceof TransientError) return true;
  // Node's fetch throws `TypeError('fetch failed')` with the socket error as its cause.
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (error instanceof TypeError && cause !== undefined && isTransientError(cause)) return true;
  const code = codeOf(error);
  if (
    code !== undefined &&
    (TRANSIENT_SQLSTATE_CLASSES.some((c) => code.startsWith(c)) ||
      TRANSIENT_SQLSTATES.has(code) ||
      TRANSIENT_SOCKET_CODES.has(code))
  ) {
    return true;
  }
  const message = (error as Error | null)?.message ?? '';
  return /Connection terminated|timeout exceeded when trying to connect|Knex: Timeout acquiring a connection/i.test(
    message,
  );
}

// SQLSTATE classes a retry cannot change: data exceptions (22: a NUL in text, 22P05 / 22021,
// a malformed uuid 22P02, a value out of range) and integrity violations (23).
const DETERMINISTIC_SQLSTATE_CLASSES = ['22', '23'];
// What JavaScript throws when the code meets data it does not expect.
const DETERMINISTIC_ERROR_TYPES = [TypeError, RangeError, SyntaxError, ReferenceError];

/**
 * A failure that the same input will produce again, whatever the state of the infrastructure:
 * a data exception or integrity violation from the database, or a type error from the code.
 * Retrying such an event is pointless; a worker parks it at once.
 */
export function isDeterministicError(error: unknown): boolean {
  if (isTransientError(error)) return false;
  const code = codeOf(error);
  if (code !== undefined && DETERMINISTIC_SQLSTATE_CLASSES.some((c) => code.startsWith(c))) return true;
  return (
    DETERMINISTIC_ERROR_TYPES.some((type) => error instanceof type) ||
    (error as Error | null)?.name === 'ZodError'
  );
}
