/** Bus topic of push requests: key = target device id, value = JSON PushNotification. */
export const PUSH_REQUESTS_TOPIC = 'push.requests';

/**
 * Bus topic of notification requests to fan out: key = value = the notification id (published by
 * the notifications projection for each NotificationRequested; the fan-out worker consumes it).
 */
export const PUSH_NOTIFICATIONS_TOPIC = 'push.notifications';

/**
 * Bus topic of pushes held for the end of their users' quiet hours: key = the notification id,
 * value = JSON `{ notificationId, key, pushes }` (published by the scheduler when they are due;
 * the fan-out worker checks the notification was not cancelled and hands them to the sender).
 */
export const PUSH_HELD_TOPIC = 'push.held';
