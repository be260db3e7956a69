import type { Cache } from '../../infra/cache/index.js';
import type { AccessClaims } from './TokenService.js';

/**
 * Access tokens are checked against revocations kept in the shared cache for one access-token
 * lifetime (after that the tokens have expired anyway): ended sessions (logout, refresh-token
 * reuse) and users signed out everywhere. Refresh decisions use the durable event streams.
 */
export class Revocations {
  constructor(
    private readonly cache: Cache,
    private readonly accessTokenTtlMs: number,
  ) {}

  endSession(sessionId: string): Promise<void> {
    return this.cache.set(`revoked:session:${sessionId}`, '1', this.accessTokenTtlMs);
  }

  signOutEverywhere(userId: string, atMs: number): Promise<void> {
    return this.cache.set(`revoked:user:${userId}`, String(atMs), this.accessTokenTtlMs);
  }

  async isRevoked(claims: AccessClaims): Promise<boolean> {
    const [session, user] = await Promise.all([
      this.cache.get(`revoked:session:${claims.sessionId}`),
      this.cache.get(`revoked:user:${claims.userId}`),
    ]);
    if (session) return true;
    return user !== undefined && (claims.issuedAtMs ?? 0) < Number(user);
  }
}
