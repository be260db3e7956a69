/** When a provider's breaker opens and how long it stays open (PUSH_BREAKER_* settings). */
export interface BreakerPolicy {
  /** Consecutive retryable failures of one provider that open its breaker. */
  failures: number;
  /** How long it stays open before one probe may go. */
  coolDownMs: number;
}

export const DEFAULT_BREAKER_POLICY: BreakerPolicy = { failures: 5, coolDownMs: 30_000 };

export type BreakerState = 'closed' | 'open' | 'half_open';

/** May a send to this provider go now? If not, when to look again. */
export type BreakerDecision = { allowed: true; probe: boolean } | { allowed: false; retryInMs: number };

interface Breaker {
  state: BreakerState;
  failures: number;
  openedAt: number;
  /** While half-open: a probe has been let through and has not answered yet. */
  probing: boolean;
}

/**
 * One circuit breaker per provider (apns, fcm, webpush, recording), in this process:
 * - closed: every send goes; `failures` consecutive retryable failures open it;
 * - open: no send goes for `coolDownMs` (the sender defers them, see deliverOnce);
 * - half-open: after the cool-down one probe goes; its success closes the breaker, a retryable
 *   failure opens it for another cool-down. Other sends wait while the probe is out.
 * An answer that is not a retryable failure (sent, invalid token, a refusal for good) is the
 * provider working, and counts as a success. `now` is injected so tests need no clock.
 */
export class CircuitBreakers {
  private readonly breakers = new Map<string, Breaker>();

  constructor(
    private readonly policy: BreakerPolicy = DEFAULT_BREAKER_POLICY,
    private readonly options: {
      now?: () => number;
      /** Told of every change of state (metrics, logs). */
      onChange?: (provider: string, state: BreakerState) => void;
    } = {},
  ) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private breakerOf(provider: string): Breaker {
    let breaker = this.breakers.get(provider);
    if (!breaker) {
      breaker = { state: 'closed', failures: 0, openedAt: 0, probing: false };
      this.breakers.set(provider, breaker);
    }
    return breaker;
  }

  private move(provider: string, breaker: Breaker, state: BreakerState): void {
    if (breaker.state === state) return;
    breaker.state = state;
    this.options.onChange?.(provider, state);
  }

  stateOf(provider: string): BreakerState {
    return this.breakerOf(provider).state;
  }

  /** Asks before a send; a `probe` answer must be followed by `record`. */
  allow(provider: string): BreakerDecision {
    const breaker = this.breakerOf(provider);
    if (breaker.state === 'closed') return { allowed: true, probe: false };
    const waited = this.now() - breaker.openedAt;
    if (breaker.state === 'open' && waited < this.policy.coolDownMs)
      return { allowed: false, retryInMs: this.policy.coolDownMs - waited };
    if (breaker.probing) return { allowed: false, retryInMs: Math.min(1_000, this.policy.coolDownMs) };
    this.move(provider, breaker, 'half_open');
    breaker.probing = true;
    return { allowed: true, probe: true };
  }

  /** Records a send's answer: `retryable` when it failed in a way that may pass later. */
  record(provider: string, outcome: { retryable: boolean }): void {
    const breaker = this.breakerOf(provider);
    breaker.probing = false;
    if (!outcome.retryable) {
      breaker.failures = 0;
      this.move(provider, breaker, 'closed');
      return;
    }
    breaker.failures++;
    if (breaker.state === 'half_open' || breaker.failures >= this.policy.failures) {
      breaker.openedAt = this.now();
      this.move(provider, breaker, 'open');
    }
  }
}
