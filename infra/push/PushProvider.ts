import type { PushPayloadFields } from './PushPayloadFields.js';

/** What a sender hands a provider: one notification to one device. */
export interface PushNotification extends PushPayloadFields {
  /**
   * The delivery key: stable for one notification to one device (event id + device id). A
   * provider sends a key once however often it is handed over (a retry after a crash).
   */
  id: string;
  /**
   * The notification request (`POST /v1/notifications`, stream `notification-<id>`) this push is
   * one device's part of; absent for the pushes the notifier makes itself (the new sign-in alert).
   */
  notificationId?: string;
  deviceId: string;
  userId: string;
  /** Decides the provider: ios → APNs, android → FCM, web → Web Push (see RoutingPushProvider). */
  platform: 'ios' | 'android' | 'web';
  /**
   * The device's push target: the APNs device token (hex) on ios, the FCM registration token on
   * android, and on web the browser's Web Push subscription as its JSON
   * (`PushSubscription.toJSON()`: `{"endpoint":"https://…","keys":{"p256dh":"…","auth":"…"}}`,
   * see parseWebPushSubscription).
   */
  pushToken: string;
  /**
   * iOS: the APNs environment and bundle id (`apns-topic`) the device registered with its token;
   * absent for a token registered without them (the provider's configured ones apply).
   */
  apns?: { environment?: 'sandbox' | 'production'; bundleId?: string };
  kind: string;
  title: string;
  body: string;
  data: Record<string, string>;
  /**
   * A silent (background) push: nothing is shown, the app is woken with `data` (a sync push:
   * `{kind: 'sync', position}`). Title, body, sound, badge, image and category are not sent.
   * APNs: `content-available: 1`, `apns-push-type: background`, priority 5; FCM: a data-only
   * message, Android priority `normal` unless `priority` says otherwise; Web Push: the payload
   * `{id, kind, silent: true, data}`, which the service worker handles (docs/push-silent-sync.md).
   */
  silent?: boolean;
}

export type PushResult =
  /** Accepted; `providerId` names it at the provider (the same for every repeat of a key). */
  | { status: 'sent'; providerId: string }
  /**
   * The provider does not know the token (uninstalled, expired, malformed): stop using it.
   * `reason`: the provider's word for it, where it gave one (`Unregistered`, `UNREGISTERED`, `410`).
   */
  | { status: 'invalid_token'; reason?: string }
  /**
   * Not sent. `retryable` for what may pass later (429, 5xx, a dropped connection), with the
   * provider's Retry-After in `retryAfterMs` when it gave one.
   */
  | { status: 'failed'; retryable: boolean; reason: string; retryAfterMs?: number };

/**
 * A push service (the recording default; FCM, APNs, Web Push). It knows nothing of the sender's
 * database: exactly-once is the sender's ledger plus the provider's de-duplication by `id`, so a
 * sender that crashed between a send and its record may send the same key again safely.
 */
export interface PushProvider {
  readonly name: string;
  /** The name of the provider that sends this notification, where it depends on it (a router). */
  nameFor?(notification: PushNotification): string;
  send(notification: PushNotification): Promise<PushResult>;
  /** Closes its connections (APNs sessions, HTTP agents); sends after it fail. */
  close?(): Promise<void>;
}
