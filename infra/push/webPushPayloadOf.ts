import type { PushNotification } from './PushProvider.js';

/**
 * The Web Push plaintext (the service worker reads it): the JSON `{id, kind, title, body, data}`
 * with each given field beside them under its own name (`threadId` as the notification `tag`).
 * TTL, priority and collapse key travel as the `TTL`, `Urgency` and `Topic` headers instead.
 */
export function webPushPayloadOf(n: PushNotification): string {
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
