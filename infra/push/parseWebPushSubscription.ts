/** A browser's Web Push subscription: where to post, and the keys its payload is encrypted to. */
export interface WebPushSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

/**
 * The subscription a web device's `pushToken` holds (its JSON, as `PushSubscription.toJSON()`
 * gives it), or undefined when it is not one: an https endpoint, a P-256 public key (65 bytes) and
 * a 16-byte auth secret, base64url.
 */
export function parseWebPushSubscription(pushToken: string): WebPushSubscription | undefined {
  let value: unknown;
  try {
    value = JSON.parse(pushToken);
  } catch {
    return undefined;
  }
  const s = value as Partial<WebPushSubscription> | null;
  if (typeof s?.endpoint !== 'string' || typeof s.keys !== 'object' || s.keys === null) return undefined;
  const { p256dh, auth } = s.keys;
  if (typeof p256dh !== 'string' || typeof auth !== 'string') return undefined;
  if (!BASE64URL.test(p256dh) || !BASE64URL.test(auth)) return undefined;
  if (Buffer.from(p256dh, 'base64url').length !== 65 || Buffer.from(auth, 'base64url').length !== 16)
    return undefined;
  try {
    if (new URL(s.endpoint).protocol !== 'https:') return undefined;
  } catch {
    return undefined;
  }
  return { endpoint: s.endpoint, keys: { p256dh, auth } };
}
