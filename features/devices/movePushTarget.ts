import { createHash } from 'node:crypto';
import {
  DEVICE_CATEGORY,
  deviceDecider,
  pushTargetKey,
  type DeviceEvent,
  type PushTarget,
  type ReleasePushTarget,
} from '../../domain/device/index.js';
import {
  PUSH_TARGET_CATEGORY,
  pushTargetHolderDecider,
  type ClaimPushTarget,
} from '../../domain/pushTarget/index.js';
import { streamName, type EventStore } from '../../infra/eventStore/index.js';
import { handleCommand, subCommand, type CommandContext } from '../../core/index.js';
import type { WorkflowStep } from '../../core/workflow/index.js';

/** The stream that says which device holds a target: `pushTarget-<sha256 of its key>`. */
export const pushTargetStream = (target: PushTarget) =>
  streamName(PUSH_TARGET_CATEGORY, createHash('sha256').update(pushTargetKey(target)).digest('hex'));

/** What a registration of a target decided: the device and its new target. */
export interface RegisteredTarget {
  deviceId: string;
  userId: string;
  target: PushTarget;
}

/** The target a device command registered, if it did. */
export function registeredTarget(events: readonly DeviceEvent[]): RegisteredTarget | undefined {
  for (const event of events) {
    if (event.type === 'PushTargetRegistered' && event.data.target) {
      const { deviceId, userId, target } = event.data;
      return { deviceId, userId, target };
    }
  }
  return undefined;
}

/**
 * The steps after a device registered a target (a token is never held by two devices), under
 * command ids derived from `context` (the device command's, whose events record the intent):
 * 1. `claim-push-target`: the target's holder stream names this device now, and the device it
 *    held before (a replay answers with the first claim's events, so it never moves back);
 * 2. `release-push-target`: that device loses the target (`PushTargetMoved`), whoever owns it,
 *    unless it holds another one by now.
 * Neither refuses: every refusal came with the device command, before the first append.
 */
export function movePushTargetSteps(
  store: EventStore,
  context: CommandContext,
  registered: () => RegisteredTarget | undefined,
  /** Told each step's log position, so the command can answer with its last write. */
  reached: (position: number) => void = () => undefined,
): WorkflowStep[] {
  let previous: string | null = null;
  return [
    {
      name: 'claim-push-target',
      run: async () => {
        const to = registered();
        if (!to) return;
        const claimed = await handleCommand({
          store,
          decider: pushTargetHolderDecider,
          stream: pushTargetStream(to.target),
          command: (metadata): ClaimPushTarget => ({
            type: 'ClaimPushTarget',
            data: { deviceId: to.deviceId, userId: to.userId },
            metadata,
          }),
          context: subCommand(context, 'claim-push-target'),
        });
        previous = claimed.events[0]?.data.previousDeviceId ?? null;
        reached(claimed.position);
      },
    },
    {
      name: 'release-push-target',
      run: async () => {
        const to = registered();
        const from = previous;
        if (!to || !from || from === to.deviceId) return;
        const released = await handleCommand({
          store,
          decider: deviceDecider,
          stream: streamName(DEVICE_CATEGORY, from),
          command: (metadata): ReleasePushTarget => ({
            type: 'ReleasePushTarget',
            data: { deviceId: from, targetKey: pushTargetKey(to.target), toDeviceId: to.deviceId },
            metadata,
          }),
          context: subCommand(context, 'release-push-target'),
        });
        reached(released.position);
      },
    },
  ];
}
