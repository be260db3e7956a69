import type { TokenMessage } from 'firebase-admin/messaging';
import type { PushNotification } from './PushProvider.js';

/** Data keys the adapter adds to each message, beside the notification's own. */
export const FCM_ID_KEY = 'eventide.id';
export const FCM_KIND_KEY = 'eventide.kind';
export const FCM_DEEP_LINK_KEY = 'eventide.deepLink';

/**
 * The FCM v1 message of a notification (firebase-admin's shape; it renames to FCM's JSON). The
 * collapse key, where given, is `android.collapse_key`, the Android `tag` and `apns-collapse-id`;
 * else `collapseId` (a hash of the delivery key) is the tag and `apns-collapse-id` only. `now`
 * (ms) dates `apns-expiration` for a time to live. A silent notification is fcmSilentMessageOf's.
 */
export function fcmMessageOf(n: PushNotification, collapseId: string, now: number): TokenMessage {
  if (n.silent) return fcmSilentMessageOf(n, collapseId, now);
  const ttl = n.ttlSeconds;
  const aps: Record<string, unknown> = {};
  if (n.badge !== undefined) aps.badge = n.badge;
  if (n.sound !== undefined) aps.sound = n.sound;
  if (n.threadId !== undefined) aps.threadId = n.threadId;
  if (n.category !== undefined) aps.category = n.category;
  if (n.interruptionLevel !== undefined) aps['interruption-level'] = n.interruptionLevel;
  if (n.imageUrl !== undefined) aps.mutableContent = true;
  const apnsHeaders: Record<string, string> = { 'apns-collapse-id': n.collapseKey ?? collapseId };
  if (n.priority !== undefined) apnsHeaders['apns-priority'] = n.priority === 'high' ? '10' : '5';
  if (ttl !== undefined) apnsHeaders['apns-expiration'] = String(expiryOf(ttl, now));
  const webHeaders: Record<string, string> = {};
  if (ttl !== undefined) webHeaders.TTL = String(ttl);
  if (n.priority !== undefined) webHeaders.Urgency = n.priority;
  const webNotification = {
    ...(n.imageUrl === undefined ? {} : { image: n.imageUrl }),
    ...(n.threadId === undefined ? {} : { tag: n.threadId }),
  };
  return {
    token: n.pushToken,
    notification: {
      title: n.title,
      body: n.body,
      ...(n.imageUrl === undefined ? {} : { imageUrl: n.imageUrl }),
    },
    data: {
      ...n.data,
      [FCM_ID_KEY]: n.id,
      [FCM_KIND_KEY]: n.kind,
      ...(n.deepLink === undefined ? {} : { [FCM_DEEP_LINK_KEY]: n.deepLink }),
    },
    android: {
      priority: n.priority ?? 'high',
      ...(ttl === undefined ? {} : { ttl: ttl * 1000 }),
      ...(n.collapseKey === undefined ? {} : { collapseKey: n.collapseKey }),
      notification: {
        tag: n.collapseKey ?? collapseId,
        ...(n.channelId === undefined ? {} : { channelId: n.channelId }),
        ...(n.sound === undefined ? {} : { sound: n.sound }),
        ...(n.category === undefined ? {} : { clickAction: n.category }),
        ...(n.imageUrl === undefined ? {} : { imageUrl: n.imageUrl }),
        ...(n.badge === undefined ? {} : { notificationCount: n.badge }),
      },
    },
    apns: {
      headers: apnsHeaders,
      ...(Object.keys(aps).length === 0 ? {} : { payload: { aps } }),
      ...(n.imageUrl === undefined ? {} : { fcmOptions: { imageUrl: n.imageUrl } }),
    },
    ...(Object.keys(webHeaders).length + Object.keys(webNotification).length === 0 &&
    !n.deepLink?.startsWith('https://')
      ? {}
      : {
          webpush: {
            ...(Object.keys(webHeaders).length === 0 ? {} : { headers: webHeaders }),
            ...(Object.keys(webNotification).length === 0 ? {} : { notification: webNotification }),
            ...(n.deepLink?.startsWith('https://') ? { fcmOptions: { link: n.deepLink } } : {}),
          },
        }),
  };
}

/**
 * A silent notification as FCM's data-only message: no `notification` block anywhere (Android
 * hands the data to the app's messaging service instead of showing it), Android priority `normal`
 * unless the notification asks for `high`; for an iOS app's FCM token a background push
 * (`apns-push-type: background`, priority 5, `content-available`); for web, `Urgency: normal`.
 */
function fcmSilentMessageOf(n: PushNotification, collapseId: string, now: number): TokenMessage {
  const ttl = n.ttlSeconds;
  const apnsHeaders: Record<string, string> = {
    'apns-push-type': 'background',
    'apns-priority': '5',
    'apns-collapse-id': n.collapseKey ?? collapseId,
  };
  if (ttl !== undefined) apnsHeaders['apns-expiration'] = String(expiryOf(ttl, now));
  return {
    token: n.pushToken,
    data: { ...n.data, [FCM_ID_KEY]: n.id, [FCM_KIND_KEY]: n.kind },
    android: {
      priority: n.priority ?? 'normal',
      ...(ttl === undefined ? {} : { ttl: ttl * 1000 }),
      ...(n.collapseKey === undefined ? {} : { collapseKey: n.collapseKey }),
    },
    apns: { headers: apnsHeaders, payload: { aps: { contentAvailable: true } } },
    webpush: {
      headers: { Urgency: n.priority ?? 'normal', ...(ttl === undefined ? {} : { TTL: String(ttl) }) },
    },
  };
}

/** `apns-expiration`: the UNIX second after which APNs drops it; 0 (a TTL of 0) is "now or never". */
export function expiryOf(ttlSeconds: number, now: number): number {
  return ttlSeconds === 0 ? 0 : Math.floor(now / 1000) + ttlSeconds;
}
