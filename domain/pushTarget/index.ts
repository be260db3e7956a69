import type { Decider, DomainCommand, DomainEvent, PersonalFields } from '../shared/index.js';

/**
 * Which device holds a push target (stream `pushTarget-<sha256 of its key>`, see the device's
 * pushTargetKey): a token is never held by two devices. Claiming it for another device moves it
 * there and names the device it came from, which the workflow then takes it from.
 */
export type PushTargetClaimed = DomainEvent<
  'PushTargetClaimed',
  { deviceId: string; userId: string; previousDeviceId: string | null }
>;
export type PushTargetHolderEvent = PushTargetClaimed;
export type ClaimPushTarget = DomainCommand<'ClaimPushTarget', { deviceId: string; userId: string }>;
export type PushTargetHolderState = { deviceId: string | null };

export const PUSH_TARGET_CATEGORY = 'pushTarget';

/** Device ids only: the target itself is the stream's hashed name. */
export const pushTargetPersonalFields = {
  PushTargetClaimed: [],
} satisfies PersonalFields<PushTargetHolderEvent>;

export const pushTargetHolderDecider: Decider<ClaimPushTarget, PushTargetHolderEvent, PushTargetHolderState> =
  {
    eventTypes: ['PushTargetClaimed'],
    initialState: () => ({ deviceId: null }),
    evolve: (_state, event) => ({ deviceId: event.data.deviceId }),
    decide(command, state) {
      if (state.deviceId === command.data.deviceId) return [];
      return [{ type: 'PushTargetClaimed', data: { ...command.data, previousDeviceId: state.deviceId } }];
    },
  };
