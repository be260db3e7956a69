import type { Cache } from '../../infra/cache/index.js';
import { HttpProblem } from '../../platform/http/index.js';

const FAILURES_WINDOW_MS = 15 * 60_000;
const FIRST_LOCK_MS = 15 * 60_000;
const MAX_LOCK_MS = 24 * 60 * 60_000;
const ESCALATION_WINDOW_MS = 24 * 60 * 60_000;

/** Who is trying to sign in: the app install (when the body names one) or else the IP address. */
export interface SignInClient {
  ip: string;
  /** The device fingerprint from the sign-in body, if any. */
  fingerprint?: string | undefined;
  /** The device has signed in to this account before (an active device of its user). */
  knownDevice: boolean;
}

/**
 * Backoff lockout for password sign-in, counted per address *and* client, so that nobody can lock
 * anybody else out (known or unknown addresses alike, so the lock reveals nothing):
 * - per client (the device fingerprint, or the IP without one): five wrong passwords within
 *   15 minutes lock that client out of that address for 15 minutes, each further lock within a
 *   day twice as long (30 min, 1 h, … up to 24 h);
 * - per address, across unknown clients: ten wrong passwords lock the address for every client
 *   that has not signed in to it before (guessing spread over many IPs or devices), with the
 *   same backoff;
 * - a device that has signed in to the account before is never locked by other clients' failures,
 *   on the same network or not: only its own failures count against it.
 * A right password from a client that may try clears that client's count, and the address lock.
 */
export class SignInLockout {
  private readonly lockAfter: number;

  constructor(
    private readonly cache: Cache,
    private readonly multiplier: number,
    private readonly clock: () => Date,
    failures = 5,
  ) {
    this.lockAfter = Math.max(1, Math.round(failures * multiplier));
  }

  /** Throws 429 (with Retry-After) while this client may not try this address. */
  async check(email: string, client: SignInClient): Promise<void> {
    if (this.multiplier === 0) return;
    const scopes = client.knownDevice ? [clientScope(email, client)] : [clientScope(email, client), email];
    const locks = await Promise.all(scopes.map((scope) => this.cache.get(`login-lock:${scope}`)));
    const remainingMs = Math.max(...locks.map((until) => Number(until ?? 0))) - this.clock().getTime();
    if (remainingMs <= 0) return;
    throw new HttpProblem(
      429,
      'sign-in-locked',
      'Too many failed sign-ins',
      'Try again later, or reset your password',
      {},
      { 'Retry-After': String(Math.ceil(remainingMs / 1000)) },
    );
  }

  async failed(email: string, client: SignInClient): Promise<void> {
    if (this.multiplier === 0) return;
    await this.count(clientScope(email, client), this.lockAfter);
    if (!client.knownDevice) await this.count(email, this.lockAfter * 2);
  }

  async succeeded(email: string, client: SignInClient): Promise<void> {
    const scopes = [clientScope(email, client), email];
    await Promise.all(
      scopes.flatMap((scope) => [
        this.cache.delete(`login-failures:${scope}`),
        this.cache.delete(`login-locks:${scope}`),
        this.cache.delete(`login-lock:${scope}`),
      ]),
    );
  }

  /** One more failure in `scope`; at `limit`, a lock that doubles with each one within a day. */
  private async count(scope: string, limit: number): Promise<void> {
    const { count } = await this.cache.increment(`login-failures:${scope}`, FAILURES_WINDOW_MS);
    if (count < limit) return;
    const locks = (await this.cache.increment(`login-locks:${scope}`, ESCALATION_WINDOW_MS)).count;
    const lockMs = Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (locks - 1));
    await this.cache.set(`login-lock:${scope}`, String(this.clock().getTime() + lockMs), lockMs);
    await this.cache.delete(`login-failures:${scope}`);
  }
}

const clientScope = (email: string, client: SignInClient) =>
  `${email}|${client.fingerprint ? `device:${client.fingerprint}` : `ip:${client.ip}`}`;
