/**
 * Bus topic of message push checks: key = the conversation id, value = JSON `{ conversationId,
 * seq, sentAt }`, published by the scheduler when a message's grace period (MESSAGE_PUSH_DELAY_MS) is
 * over; the `message-push-checks` worker consumes it (checkMessagePush).
 */
export const MESSAGE_PUSH_CHECKS_TOPIC = 'messaging.push-checks';
