export {
  defaultNotificationCatalog,
  SECURITY_CATEGORY,
  MESSAGES_CATEGORY,
  securityCategory,
  type NotificationCatalog,
  type NotificationCategory,
  type NotificationTopic,
  type TopicAudience,
} from './catalog.js';
export { parseNotificationCatalog, type CatalogParse } from './parseNotificationCatalog.js';
export {
  defaultCategoryPreference,
  defaultNotificationPreferences,
  effectivePreferences,
  type CategoryPreference,
  type Channel,
  type FrequencyCap,
  type NotificationPreferences,
  type QuietHours,
  type QuietHoursAction,
} from './preferences.js';
export {
  decideDelivery,
  type DeliveryDecision,
  type DeliveryQuestion,
  type SuppressReason,
} from './decideDelivery.js';
export {
  MAX_CAP,
  MAX_CAP_PERIOD_MINUTES,
  validatePreferences,
  type PreferenceProblem,
} from './validatePreferences.js';
export { isTimeZone } from './zonedTime.js';
export {
  PREFERENCES_CATEGORY,
  preferencesDecider,
  preferencesPersonalFields,
  type NotificationPreferencesSet,
  type PreferencesEvent,
  type PreferencesState,
  type SetNotificationPreferences,
} from './preferencesStream.js';
export type { InterruptionLevel, PushPayloadFields } from './PushPayloadFields.js';
export {
  MAX_DIRECT_RECIPIENTS,
  NOTIFICATION_CATEGORY,
  notificationDecider,
  notificationPersonalFields,
  type CancelNotification,
  type CampaignSlice,
  type NotificationAudience,
  type WaveSchedule,
  type NotificationCancelled,
  type NotificationCommand,
  type NotificationContent,
  type NotificationEvent,
  type NotificationFannedOut,
  type NotificationHeldReleased,
  type NotificationRequest,
  type NotificationRequested,
  type NotificationSender,
  type NotificationState,
  type RecordFanOutPage,
  type ReleaseHeldPushes,
  type RequestNotification,
} from './notificationStream.js';
export { fanOutPace, nextPageAt, type FanOutPace } from './fanOutPace.js';
export { formatInstant, parseInstant } from './civilTime.js';
export { addDays, instantsAt } from './zonedTime.js';
export {
  INBOX_CATEGORY,
  inboxDecider,
  inboxPersonalFields,
  type AllNotificationsRead,
  type DeleteNotification,
  type InboxCommand,
  type InboxEvent,
  type InboxState,
  type MarkAllNotificationsRead,
  type MarkNotificationRead,
  type NotificationDeleted,
  type NotificationOpened,
  type NotificationRead,
  type NotificationReceived,
  type ReportNotificationOpened,
  type ReportNotificationReceived,
} from './inboxStream.js';
