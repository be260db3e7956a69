/** A kind of notification users can set preferences for; `mutable: false` ones (security) cannot be muted. */
export interface NotificationCategory {
  name: string;
  mutable: boolean;
}

/** Who may subscribe a device to a topic: any signed-in user, or admins only. */
export type TopicAudience = 'users' | 'admins';

export interface NotificationTopic {
  name: string;
  subscribers: TopicAudience;
}

/** What the app declares: its notification categories and its topics. */
export interface NotificationCatalog {
  categories: readonly NotificationCategory[];
  topics: readonly NotificationTopic[];
}

/** The category of security alerts (the new sign-in alert): always there, never mutable. */
export const SECURITY_CATEGORY = 'security';

/** The security category itself (what the new sign-in alert is). */
export const securityCategory: NotificationCategory = { name: SECURITY_CATEGORY, mutable: false };

/**
 * The category of chat message pushes (docs/messaging-push.md): always there, mutable, so a user
 * can turn message pushes off in their preferences (or per conversation, by muting it).
 */
export const MESSAGES_CATEGORY = 'messages';

/** Without a file: security, messages, social and marketing, and no topics. */
export const defaultNotificationCatalog: NotificationCatalog = {
  categories: [
    { name: SECURITY_CATEGORY, mutable: false },
    { name: MESSAGES_CATEGORY, mutable: true },
    { name: 'social', mutable: true },
    { name: 'marketing', mutable: true },
  ],
  topics: [],
};

/** A category or topic name: lower-case letters, digits, `_`, `-` and `.`, 1–64 long. */
export const NAME = /^[a-z0-9][a-z0-9_.-]{0,63}$/;
