import {
  NOTIFICATION_CATEGORY,
  notificationDecider,
  type NotificationCatalog,
  type NotificationSender,
} from '../../../domain/notification/index.js';
import { handleCommand, type CommandContext } from '../../../core/index.js';
import { streamName, type EventStore } from '../../../infra/eventStore/index.js';
import { checkNotificationRequest } from './checkNotificationRequest.js';
import type { SendNotificationBody } from './notificationSchemas.js';

/**
 * Requests a notification: every check first (checkNotificationRequest; a refusal appends
 * nothing), then `RequestNotification` on `notification-<id>`. The same id again (a retry with the
 * same Idempotency-Key) appends nothing and answers the same. The fan-out sends it.
 */
export async function sendNotification(
  deps: { store: EventStore; catalog: NotificationCatalog },
  input: {
    notificationId: string;
    body: SendNotificationBody;
    sender: NotificationSender;
    context: CommandContext;
  },
): Promise<{ notificationId: string; position: number; version: number }> {
  const request = await checkNotificationRequest(deps, input);
  const result = await handleCommand({
    store: deps.store,
    decider: notificationDecider,
    stream: streamName(NOTIFICATION_CATEGORY, input.notificationId),
    command: (metadata) => ({ type: 'RequestNotification' as const, data: request, metadata }),
    context: input.context,
  });
  return { notificationId: input.notificationId, position: result.position, version: result.version };
}
