import type { Stoppable, WorkerContext, WorkerSpec } from '../../FeatureModule.js';
import type { messagingSettings } from '../messagingSettings.js';
import { handleMessagePushChecks } from './handleMessagePushChecks.js';
import { MESSAGE_PUSHES } from './messagePushProjection.js';
import { MESSAGE_PUSH_CHECKS_TOPIC } from './messagePushTopics.js';

/**
 * `message-push-checks`: consumes the checks the scheduler publishes when a message's grace
 * period is over (a consumer group: each check is one worker's), up to 100 at a time, and
 * requests the pushes (handleMessagePushChecks → checkMessagePushes: one read for the batch).
 * Runs with the `message-pushes` projection. A batch with a check the read model has not
 * reached yet throws, and the bus delivers it again; the checks already decided are then left
 * out. A malformed check is logged and dropped.
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
      graceMs: context.settings.MESSAGE_PUSH_DELAY_MS,
    };
    return context.bus.consumeBatches(
      { group: 'message-push-checks', topics: [MESSAGE_PUSH_CHECKS_TOPIC] },
      handleMessagePushChecks(deps, context.logger),
      { maxBatch: 100 },
    );
  },
};
