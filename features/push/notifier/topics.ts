/** Bus topic of push requests: key = target device id, value = JSON PushNotification. */
export const PUSH_REQUESTS_TOPIC = 'push.requests';
