import type { PushNotification } from './PushProvider.js';

/** The APNs JSON payload of a notification, exactly as sent (and measured by payloadProblems). */
export interface ApnsPayload {
  aps: Record<string, unknown>;
  id: string;
  kind: string;
  data: Record<string, string>;
  deepLink?: string;
  imageUrl?: string;
}

/**
 * `{aps, id, kind, data}` plus `deepLink` and `imageUrl` where given (APNs has no field for either:
 * the app reads them; an image sets `mutable-content` so its notification service extension may
 * fetch it). `aps` carries `badge`, `sound`, `thread-id`, `category` and `interruption-level`.
 * A silent notification is `{aps: {'content-available': 1}, id, kind, data}` and nothing else.
 */
export function apnsPayloadOf(n: PushNotification): ApnsPayload {
  // A background push: `content-available` alone wakes the app; no alert, sound or badge.
  if (n.silent) return { aps: { 'content-available': 1 }, id: n.id, kind: n.kind, data: n.data };
  const aps: Record<string, unknown> = { alert: { title: n.title, body: n.body } };
  if (n.badge !== undefined) aps.badge = n.badge;
  if (n.sound !== undefined) aps.sound = n.sound;
  if (n.threadId !== undefined) aps['thread-id'] = n.threadId;
  if (n.category !== undefined) aps.category = n.category;
  if (n.interruptionLevel !== undefined) aps['interruption-level'] = n.interruptionLevel;
  if (n.imageUrl !== undefined) aps['mutable-content'] = 1;
  return {
    aps,
    id: n.id,
    kind: n.kind,
    data: n.data,
    ...(n.deepLink === undefined ? {} : { deepLink: n.deepLink }),
    ...(n.imageUrl === undefined ? {} : { imageUrl: n.imageUrl }),
  };
}
