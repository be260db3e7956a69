/** An iOS interruption level (`aps.interruption-level`); `critical` needs Apple's entitlement. */
export type InterruptionLevel = 'passive' | 'active' | 'time-sensitive' | 'critical';

/**
 * What a notification may carry beside its title and body, each optional (absent: the provider's
 * default). Each provider maps the fields it has a place for (see README, "Payload fields").
 */
export interface PushPayloadFields {
  /** Where a tap leads: an app URL (`myapp://orders/42`) or an https universal / app link. */
  deepLink?: string;
  /** An https image shown with the notification (APNs through a notification service extension). */
  imageUrl?: string;
  /** The action category: APNs `aps.category`, FCM `click_action`, Web Push payload `category`. */
  category?: string;
  /** A sound name (`default` for the platform's own). */
  sound?: string;
  /** iOS: `aps.thread-id` (groups notifications); Web Push: the notification `tag`. */
  threadId?: string;
  /** Android: the notification channel id. */
  channelId?: string;
  /** Replaces an earlier notification with the same key (at the provider and on the device). */
  collapseKey?: string;
  /** How long the provider keeps it for an offline device, in seconds (0: now or never). */
  ttlSeconds?: number;
  priority?: 'high' | 'normal';
  interruptionLevel?: InterruptionLevel;
  /** The app icon's badge (iOS), the notification count (Android). */
  badge?: number;
}
