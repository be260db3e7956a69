import { v5 as uuidv5 } from 'uuid';
import { DEVICE_CATEGORY, deviceDecider, type InvalidatePushTarget } from '../../domain/device/index.js';
import { streamName, type EventStore } from '../../infra/eventStore/index.js';
import type { Logger } from '../../platform/observability/index.js';
import { COMMAND_ID_NAMESPACE, handleCommand } from '../../core/index.js';
import type { InvalidTokenHandler } from './sender/index.js';

/**
 * The sender's `onInvalidToken`: an `InvalidatePushTarget` on the device's stream through the
 * command core, under a command id derived from the delivery key (a repeat appends nothing), with
 * the provider's reason. The device's decider ignores a refusal of a target it has replaced since.
 * A failure is logged, not thrown: the next push to that target reports it again.
 */
export const invalidTokenReporter =
  (deps: { store: EventStore; logger: Logger; now?: () => Date }): InvalidTokenHandler =>
  async (notification, result) => {
    const commandId = uuidv5(`invalid-token|${notification.id}`, COMMAND_ID_NAMESPACE);
    try {
      await handleCommand({
        store: deps.store,
        decider: deviceDecider,
        stream: streamName(DEVICE_CATEGORY, notification.deviceId),
        command: (metadata): InvalidatePushTarget => ({
          type: 'InvalidatePushTarget',
          data: {
            deviceId: notification.deviceId,
            pushToken: notification.pushToken,
            reason: result.reason ?? 'invalid_token',
          },
          metadata,
        }),
        context: { commandId, correlationId: commandId, now: deps.now?.() ?? new Date() },
      });
    } catch (error) {
      deps.logger.error({ err: error, notification: notification.id }, 'invalid push target not recorded');
    }
  };
