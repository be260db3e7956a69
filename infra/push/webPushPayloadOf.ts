import type { PushNotification } from './PushProvider.js';

/**
 * The Web Push plaintext (the service worker reads it): the JSON `{id, kind, title, body, data}`
 * with each given field beside them under its own name (`threadId` as the notification `tag`).
 * TTL, priority and collapse key travel as the `TTL`, `Urgency` and `Topic` headers instead.
 * A silent notification is `{id, kind, silent: true, data}`: no title or body to show (see
 * docs/push-silent-sync.md for what the service worker does with it).
 */
export function webPushPayloadOf(n: PushNotification): string {
  // Browsers wake the service worker for every push; `silent` tells it not to show this one.
  if (n.silent) return JSON.stringify({ id: n.id, kind: n.kind, silent: true, data: n.data });
  return JSON.stringify({
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    data: n.data,
    ...(n.deepLink === undefined ? {} : { deepLink: n.deepLink }),
    ...(n.imageUrl === undefined ? {} : { image: n.imageUrl }),
    ...(n.category === undefined ? {} : { category: n.category }),
    ...(n.sound === undefined ? {} : { sound: n.sound }),
    ...(n.threadId === undefined ? {} : { tag: n.threadId }),
    ...(n.badge === undefined ? {} : { badge: n.badge }),
  });
}
