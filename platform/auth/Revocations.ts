import type { AccessClaims } from './TokenService.js';

/** What revocations need of the shared cache (infra/cache's `Cache` is one): values that expire. */
export interface ExpiringValues {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
}

/**
 * The durable answer to "may this session's access tokens still be used?", derived from the event
 * log: the session exists, belongs to the token's user, has not ended, and the user has not been
 * signed out everywhere (or erased) since it started.
 */
export interface SessionTruth {
  isLive(claims: AccessClaims): Promise<boolean>;
}

/**
 * Access-token checks. The event log is the truth (`SessionTruth`); the shared cache is only an
 * accelerator, holding for one access-token lifetime what is known about a session: ended
 * (logout, refresh-token reuse, revocation), its user signed out everywhere, or live (written at
 * sign-in, so a fresh token works at once, and after each check against the log). A request whose
 * session the cache knows costs no read of the log; on a miss (a restart of the embedded
 * in-process cache, an eviction, another process) the log is read once and the answer cached.
 */
export class Revocations {
  constructor(
    private readonly cache: ExpiringValues,
    private readonly accessTokenTtlMs: number,
    private readonly truth?: SessionTruth,
  ) {}

  /** A session just started (its stream is written): its tokens are live. */
  sessionStarted(sessionId: string): Promise<void> {
    return this.cache.set(`live:session:${sessionId}`, '1', this.accessTokenTtlMs);
  }

  /**
   * For an answer replayed from the log (a retried sign-in or refresh): the log decides whether
   * the session is still live now (not ended, expired, suspended or signed out everywhere since),
   * since a replay skips the decider. Cached like any other check.
   */
  async confirmLive(claims: Pick<AccessClaims, 'userId' | 'sessionId'>): Promise<boolean> {
    if (!this.truth) return !(await this.isRevoked(claims));
    const isLive = await this.truth.isLive(claims);
    await (isLive ? this.sessionStarted(claims.sessionId) : this.endSession(claims.sessionId));
    return isLive;
  }

  endSession(sessionId: string): Promise<void> {
    return this.cache.set(`revoked:session:${sessionId}`, '1', this.accessTokenTtlMs);
  }

  signOutEverywhere(userId: string, atMs: number): Promise<void> {
    return this.cache.set(`revoked:user:${userId}`, String(atMs), this.accessTokenTtlMs);
  }

  async isRevoked(claims: AccessClaims): Promise<boolean> {
    const [session, user, live] = await Promise.all([
      this.cache.get(`revoked:session:${claims.sessionId}`),
      this.cache.get(`revoked:user:${claims.userId}`),
      this.cache.get(`live:session:${claims.sessionId}`),
    ]);
    if (session) return true;
    if (user !== undefined && (claims.issuedAtMs ?? 0) < Number(user)) return true;
    if (live || !this.truth) return false;
    return !(await this.confirmLive(claims));
  }
}
