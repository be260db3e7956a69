import { z } from 'zod';
import type { Stoppable, WorkerContext, WorkerSpec } from '../../FeatureModule.js';
import type { messagingSettings } from '../messagingSettings.js';
import { checkMessagePushes } from './checkMessagePush.js';
import { MESSAGE_PUSHES } from './messagePushProjection.js';
import { MESSAGE_PUSH_CHECKS_TOPIC } from './messagePushTopics.js';

const checkSchema = z.strictObject({
  conversationId: z.uuid(),
  seq: z.number().int().min(1),
  sentAt: z.iso.datetime().optional(),
});

/**
 * `message-push-checks`: consumes the checks the scheduler publishes when a message's grace
 * period is over (a consumer group: each check is one worker's), up to 100 at a time, and
 * requests the pushes (checkMessagePushes: one read for the batch). Runs with the
 * `message-pushes` projection. A batch with a check the read model has not reached yet throws,
 * and the bus delivers it again; a malformed check is logged and dropped.
 */
export const messagePushWorker: WorkerSpec<typeof messagingSettings> = {
  name: 'message-push-checks',
  alongside: MESSAGE_PUSHES,
  async start(context: WorkerContext<typeof messagingSettings>): Promise<Stoppable> {
    const deps = {
      store: context.store,
      ...(context.snapshots ? { snapshots: context.snapshots } : {}),
      knex: context.knex,
      clock: () => new Date(),
    };
    return context.bus.consumeBatches(
      { group: 'message-push-checks', topics: [MESSAGE_PUSH_CHECKS_TOPIC] },
      async (messages) => {
        const checks: z.infer<typeof checkSchema>[] = [];
        for (const m of messages) {
          try {
            checks.push(checkSchema.parse(JSON.parse(m.value.toString())));
          } catch {
            context.logger.warn({ topic: MESSAGE_PUSH_CHECKS_TOPIC }, 'message push: not a check, skipped');
          }
        }
        if (checks.length === 0) return;
        const decisions = await checkMessagePushes(deps, checks);
        context.logger.debug({ checks, decisions }, 'message pushes checked');
      },
      { maxBatch: 100 },
    );
  },
};
