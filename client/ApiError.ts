/** A Problem Details answer (4xx/5xx) from the backend. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: { type?: string; title?: string; detail?: string; [key: string]: unknown },
  ) {
    super(`${status} ${problem.title ?? 'error'}: ${problem.detail ?? ''}`);
  }
}

/** The network did not answer (offline, reset, timeout): worth retrying later. */
export class NetworkError extends Error {
  constructor(override readonly cause: unknown) {
    super(`network error: ${(cause as Error)?.message ?? String(cause)}`);
  }
}
