/** Bus topic of push requests: key = target device id, value = JSON PushNotification. */
export const PUSH_REQUESTS_TOPIC = 'push.requests';

/**
 * Bus topic of notification requests to fan out: key = value = the notification id (published by
 * the notifications projection for each NotificationRequested; the fan-out worker consumes it).
 */
export const PUSH_NOTIFICATIONS_TOPIC = 'push.notifications';
