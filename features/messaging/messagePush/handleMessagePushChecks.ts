import { z } from 'zod';
import type { Logger } from '../../../platform/observability/index.js';
import {
  checkMessagePushes,
  MessagePushNotReadyError,
  type MessagePushCheckRequest,
  type MessagePushDeps,
} from './checkMessagePush.js';
import { MESSAGE_PUSH_CHECKS_TOPIC } from './messagePushTopics.js';
import { SettledChecks } from './SettledChecks.js';

const checkSchema = z.strictObject({
  conversationId: z.uuid(),
  seq: z.number().int().min(1),
  sentAt: z.iso.datetime().optional(),
});

/**
 * The `message-push-checks` worker's batch handler: parses the checks (a malformed one is logged
 * and dropped), leaves out those this handler already decided (a batch handed over again after a
 * check was not ready), and decides the rest (checkMessagePushes), remembering what it settled
 * even when it throws for the bus to deliver the batch again.
 */
export function handleMessagePushChecks(
  deps: MessagePushDeps,
  logger: Logger,
  settled = new SettledChecks(),
): (messages: readonly { value: Buffer }[]) => Promise<void> {
  return async (messages) => {
    const checks: MessagePushCheckRequest[] = [];
    for (const m of messages) {
      let check: MessagePushCheckRequest;
      try {
        check = checkSchema.parse(JSON.parse(m.value.toString()));
      } catch {
        logger.warn({ topic: MESSAGE_PUSH_CHECKS_TOPIC }, 'message push: not a check, skipped');
        continue;
      }
      if (!settled.has(check)) checks.push(check);
    }
    if (checks.length === 0) return;
    try {
      const decisions = await checkMessagePushes(deps, checks);
      settled.add(checks);
      logger.debug({ checks, decisions }, 'message pushes checked');
    } catch (error) {
      if (error instanceof MessagePushNotReadyError) settled.add(error.settled);
      throw error;
    }
  };
}
