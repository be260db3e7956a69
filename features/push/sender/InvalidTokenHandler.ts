import type { PushNotification, PushResult } from '../../../infra/push/index.js';

/**
 * What the sender does with a provider's `invalid_token` (the push module records it on the
 * device's stream). It must not throw: a redelivered request is a duplicate and would not call it
 * again; the next request to a still-targeted token does.
 */
export type InvalidTokenHandler = (
  notification: PushNotification,
  result: Extract<PushResult, { status: 'invalid_token' }>,
) => Promise<void>;
