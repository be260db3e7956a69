import type { TopicAudienceMember } from './readTopicAudience.js';

/** A notifier_devices row as the audience readers select it. */
export interface DeviceRow {
  device_id: string;
  user_id: string;
  platform: TopicAudienceMember['platform'];
  push_token: string;
  apns_environment: 'sandbox' | 'production' | null;
  apns_bundle_id: string | null;
  locale: string | null;
  timezone: string | null;
}

/** The audience member a row describes (APNs target, locale and zone only when known). */
export const deviceOf = (r: DeviceRow): TopicAudienceMember => ({
  deviceId: r.device_id,
  userId: r.user_id,
  platform: r.platform,
  pushToken: r.push_token,
  ...(r.apns_environment || r.apns_bundle_id
    ? {
        apns: {
          ...(r.apns_environment ? { environment: r.apns_environment } : {}),
          ...(r.apns_bundle_id ? { bundleId: r.apns_bundle_id } : {}),
        },
      }
    : {}),
  ...(r.locale ? { locale: r.locale } : {}),
  ...(r.timezone ? { timezone: r.timezone } : {}),
});
