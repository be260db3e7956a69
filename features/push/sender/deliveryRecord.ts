import type { PushResult } from '../../../infra/push/index.js';
import type { DeliveryOutcome } from './deliverOnce.js';
import { DEFAULT_RETRY_POLICY, retryDelayMs, type RetryPolicy } from './retryPolicy.js';

/** What the ledger row of a claimed key becomes after the provider's answer (or the breaker's refusal). */
export interface DeliveryRecord {
  status: 'sent' | 'invalid_token' | 'retrying' | 'failed';
  /** Kept as it is when undefined (a deferral). */
  detail?: string | null;
  providerId: string | null;
  attempts: number;
  /** `next_attempt_at` this far from the database's now(); null: none. */
  retryInMs: number | null;
  /** The notification is kept in the row (for the retry loop, or as a dead letter). */
  keepNotification: boolean;
}

/**
 * The record and outcome of a provider's answer for a key with `attempts` failed calls so far: a
 * final answer is kept as it is; a retryable failure waits for its next attempt after a backoff
 * (retryPolicy) unless it was the last allowed, which, as a failure for good, is a dead letter.
 */
export function recordOfResult(
  result: PushResult,
  attempts: number,
  retry: RetryPolicy = DEFAULT_RETRY_POLICY,
  random: () => number = Math.random,
): { record: DeliveryRecord; outcome: DeliveryOutcome } {
  if (result.status !== 'failed') {
    const providerId = result.status === 'sent' ? result.providerId : null;
    return {
      record: {
        status: result.status,
        detail: null,
        providerId,
        attempts: attempts + 1,
        retryInMs: null,
        keepNotification: false,
      },
      outcome: result,
    };
  }
  const failures = attempts + 1;
  if (result.retryable && failures < retry.maxAttempts) {
    const retryInMs = retryDelayMs(retry, failures, result.retryAfterMs, random);
    return {
      record: {
        status: 'retrying',
        detail: result.reason,
        providerId: null,
        attempts: failures,
        retryInMs,
        keepNotification: true,
      },
      outcome: { status: 'retrying', attempts: failures, reason: result.reason, retryInMs },
    };
  }
  const reason = result.retryable ? `gave up after ${failures} attempts: ${result.reason}` : result.reason;
  return {
    record: {
      status: 'failed',
      detail: reason,
      providerId: null,
      attempts: failures,
      retryInMs: null,
      keepNotification: true,
    },
    outcome: { status: 'failed', retryable: false, reason },
  };
}

/** A key deferred by an open breaker: back to `retrying` until it may close, no attempt counted. */
export function recordOfDeferral(
  breakerRetryInMs: number,
  attempts: number,
  random: () => number = Math.random,
): { record: DeliveryRecord; outcome: DeliveryOutcome } {
  // Spread over up to a second more, so the deferred keys do not all come back at once.
  const retryInMs = Math.round(breakerRetryInMs + Math.min(breakerRetryInMs, 1_000) * random());
  return {
    record: { status: 'retrying', providerId: null, attempts, retryInMs, keepNotification: true },
    outcome: { status: 'deferred', retryInMs },
  };
}
