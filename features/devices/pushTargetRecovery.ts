import type { PushTarget } from '../../domain/device/index.js';
import type { EventStore, RecordedEvent } from '../../infra/eventStore/index.js';
import { contextOfEvent, type WorkflowRecovery } from '../../core/workflow/index.js';
import { movePushTargetSteps } from './movePushTarget.js';

/**
 * A device registered a target: after a crash, the worker claims it for that device and takes it
 * from the device that held it (the same steps and command ids as the request, so once).
 */
export const pushTargetRecovery = (deps: { store: EventStore }): WorkflowRecovery => ({
  name: 'move-push-target',
  startsOn: ['PushTargetRegistered'],
  recover(start: RecordedEvent) {
    const { deviceId, userId, target } = start.data as {
      deviceId?: unknown;
      userId?: unknown;
      target?: unknown;
    };
    if (typeof deviceId !== 'string' || typeof userId !== 'string' || !target || typeof target !== 'object')
      return undefined;
    const registered = { deviceId, userId, target: target as PushTarget };
    return {
      name: 'move-push-target',
      steps: movePushTargetSteps(deps.store, contextOfEvent(start), () => registered),
    };
  },
});
