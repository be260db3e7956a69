import type { AccessGuard, AccessClaims } from '../../platform/auth/index.js';
import type { RealtimeSession } from './realtimeAuth.js';

export interface SessionWatchEvents {
  /** Every heartbeat interval. */
  heartbeat(): void;
  /** The access token expired (no new one came in time). */
  expired(): void;
  /** The session ended (checked at each heartbeat). */
  revoked(): void;
}

/**
 * A long-lived connection's timers: heartbeats, the access token's expiry, and a revocation
 * check at each heartbeat (a revoked session is closed within one interval). `renew` takes a
 * new token of the same session.
 */
export class SessionWatch {
  private expiry: NodeJS.Timeout | undefined;
  private readonly beat: NodeJS.Timeout;
  private checking = false;
  private claims: AccessClaims;

  constructor(
    private readonly guard: AccessGuard,
    session: RealtimeSession,
    heartbeatMs: number,
    private readonly on: SessionWatchEvents,
  ) {
    this.claims = session.claims;
    this.arm(session.expiresAtMs);
    this.beat = setInterval(() => {
      on.heartbeat();
      void this.checkRevoked();
    }, heartbeatMs);
  }

  /** A new token of the same session: the connection now lives until it expires. */
  renew(session: RealtimeSession): void {
    this.claims = session.claims;
    this.arm(session.expiresAtMs);
  }

  stop(): void {
    clearInterval(this.beat);
    clearTimeout(this.expiry);
  }

  private arm(expiresAtMs: number): void {
    clearTimeout(this.expiry);
    // Timers take at most 2^31-1 ms; tokens live minutes.
    const left = Math.min(Math.max(0, expiresAtMs - Date.now()), 2 ** 31 - 1);
    this.expiry = setTimeout(() => this.on.expired(), left);
  }

  private async checkRevoked(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      if (await this.guard.revocations.isRevoked(this.claims)) this.on.revoked();
    } catch {
      // The cache or the log is away: the next heartbeat checks again.
    } finally {
      this.checking = false;
    }
  }
}
