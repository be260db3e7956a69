import type { PushNotification } from '../../../infra/push/index.js';

/** The kind (and `data.kind`) of a sync push. */
export const SYNC_PUSH_KIND = 'sync';
/**
 * The collapse key of every sync push: a newer one replaces an older one the provider still
 * holds for an offline device (FCM's `collapse_key`, APNs' `apns-collapse-id`, Web Push's `Topic`).
 */
export const SYNC_COLLAPSE_KEY = 'eventide-sync';

/** A device with a push target, as the notifier keeps it (`notifier_devices`). */
export interface SyncTarget {
  deviceId: string;
  userId: string;
  platform: PushNotification['platform'];
  pushToken: string;
  apnsEnvironment: 'sandbox' | 'production' | null;
  apnsBundleId: string | null;
}

/**
 * The silent push that tells a device its feed moved to `position`: `data` `{kind: 'sync',
 * position}`, nothing to show. Its delivery key is the device and the interval window it is sent
 * in (`window`: the send time divided by the interval), so a send repeated after a crash within
 * the window is the same key, which the sender's ledger sends once; two sends are at least an
 * interval apart, so they never share a window.
 */
export function syncPushOf(target: SyncTarget, position: number, window: number): PushNotification {
  const apns =
    target.apnsEnvironment || target.apnsBundleId
      ? {
          apns: {
            ...(target.apnsEnvironment ? { environment: target.apnsEnvironment } : {}),
            ...(target.apnsBundleId ? { bundleId: target.apnsBundleId } : {}),
          },
        }
      : {};
  return {
    id: `${SYNC_PUSH_KIND}:${target.deviceId}:${window}`,
    deviceId: target.deviceId,
    userId: target.userId,
    platform: target.platform,
    pushToken: target.pushToken,
    ...apns,
    kind: SYNC_PUSH_KIND,
    title: '',
    body: '',
    data: { kind: SYNC_PUSH_KIND, position: String(position) },
    collapseKey: SYNC_COLLAPSE_KEY,
    silent: true,
  };
}
