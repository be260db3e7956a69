import type { Cache } from '../infra/cache/index.js';
import { HttpProblem } from '../platform/http/HttpProblem.js';

const FAILURES_WINDOW_MS = 15 * 60_000;
const FIRST_LOCK_MS = 15 * 60_000;
const MAX_LOCK_MS = 24 * 60 * 60_000;
const ESCALATION_WINDOW_MS = 24 * 60 * 60_000;

/**
 * Backoff lockout for password sign-in, per address (known or not, so the lock reveals nothing):
 * five wrong passwords within 15 minutes lock the address for 15 minutes; each further lock
 * within a day doubles that (30 min, 1 h, … up to 24 h). A right password clears it all.
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

  /** Throws 429 (with Retry-After) while the address is locked. */
  async check(email: string): Promise<void> {
    if (this.multiplier === 0) return;
    const until = Number((await this.cache.get(`login-lock:${email}`)) ?? 0);
    const remainingMs = until - this.clock().getTime();
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

  async failed(email: string): Promise<void> {
    if (this.multiplier === 0) return;
    const { count } = await this.cache.increment(`login-failures:${email}`, FAILURES_WINDOW_MS);
    if (count < this.lockAfter) return;
    const locks = (await this.cache.increment(`login-locks:${email}`, ESCALATION_WINDOW_MS)).count;
    const lockMs = Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (locks - 1));
    await this.cache.set(`login-lock:${email}`, String(this.clock().getTime() + lockMs), lockMs);
    await this.cache.delete(`login-failures:${email}`);
  }

  async succeeded(email: string): Promise<void> {
    await Promise.all([
      this.cache.delete(`login-failures:${email}`),
      this.cache.delete(`login-locks:${email}`),
    ]);
  }
}
