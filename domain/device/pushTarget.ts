import type { Platform } from './events.js';

/**
 * Where a device's pushes go, per platform: an FCM registration token (android), an APNs device
 * token with its environment and bundle id (ios), or a Web Push subscription (web). An APNs
 * target registered through the old `pushToken` string names neither environment nor bundle: the
 * server's configured ones apply.
 */
export type PushTarget =
  | { type: 'fcm'; token: string }
  | { type: 'apns'; token: string; environment?: 'sandbox' | 'production'; bundleId?: string }
  | { type: 'webpush'; endpoint: string; keys: { p256dh: string; auth: string } };

const typeOfPlatform = { android: 'fcm', ios: 'apns', web: 'webpush' } as const satisfies Record<
  Platform,
  PushTarget['type']
>;

/** The target type a platform takes (android → fcm, ios → apns, web → webpush). */
export const pushTargetTypeOf = (platform: Platform): PushTarget['type'] => typeOfPlatform[platform];

/**
 * What identifies a target whoever holds it (a token is never held by two devices): the token,
 * or a subscription's endpoint (its keys may be renewed).
 */
export function pushTargetKey(target: PushTarget): string {
  switch (target.type) {
    case 'fcm':
      return `fcm:${target.token}`;
    case 'apns':
      return `apns:${target.token.toLowerCase()}`;
    case 'webpush':
      return `webpush:${target.endpoint}`;
  }
}

/**
 * The target as a provider's `pushToken` string: the token, or the subscription's JSON
 * (`{"endpoint":…,"keys":{"p256dh":…,"auth":…}}`, as `PushSubscription.toJSON()` gives it).
 */
export function pushTokenOf(target: PushTarget): string {
  if (target.type !== 'webpush') return target.token;
  return JSON.stringify({
    endpoint: target.endpoint,
    keys: { p256dh: target.keys.p256dh, auth: target.keys.auth },
  });
}

/**
 * The target an old client's `pushToken` string names on its platform: the token itself on
 * android and ios (APNs environment and bundle: the server's), a subscription's JSON on web
 * (undefined when it is not one).
 */
export function pushTargetFromToken(platform: Platform, pushToken: string): PushTarget | undefined {
  if (platform === 'android') return { type: 'fcm', token: pushToken };
  if (platform === 'ios') return { type: 'apns', token: pushToken };
  let value: unknown;
  try {
    value = JSON.parse(pushToken);
  } catch {
    return undefined;
  }
  const s = value as { endpoint?: unknown; keys?: { p256dh?: unknown; auth?: unknown } | null } | null;
  const p256dh = s?.keys?.p256dh;
  const auth = s?.keys?.auth;
  if (typeof s?.endpoint !== 'string' || typeof p256dh !== 'string' || typeof auth !== 'string')
    return undefined;
  return { type: 'webpush', endpoint: s.endpoint, keys: { p256dh, auth } };
}
