import type { PushNotification, PushResult } from '../../../infra/push/index.js';
import type { DeliveryDeps, DeliveryOutcome } from './deliverOnce.js';
import { recordOfDeferral, recordOfResult, type DeliveryRecord } from './deliveryRecord.js';

/**
 * A claimed key's attempt, not yet recorded: the provider's breaker (while open, a deferral: no
 * call, no attempt counted), then the call with the delivery key (`id`: a repeat after a crash
 * carries the same collapse id, so the device replaces rather than duplicates it). Throws when the
 * call does: its outcome is unknown, so nothing is recorded and the key keeps its lease.
 */
export async function attemptClaimed(
  deps: DeliveryDeps,
  notification: PushNotification,
  attempts: number,
): Promise<{ record: DeliveryRecord; outcome: DeliveryOutcome }> {
  const { provider, breakers, retry, random } = deps;
  const providerName = provider.nameFor?.(notification) ?? provider.name;
  const decision = breakers?.allow(providerName) ?? { allowed: true };
  if (!decision.allowed) return recordOfDeferral(decision.retryInMs, attempts, random);
  let result: PushResult;
  try {
    result = await provider.send(notification);
  } catch (error) {
    breakers?.record(providerName, { retryable: true });
    throw error;
  }
  breakers?.record(providerName, { retryable: result.status === 'failed' && result.retryable });
  return recordOfResult(result, attempts, retry, random);
}
