import { eventTypesOf, type Decider } from '../shared/index.js';
import type { DeviceCommand } from './commands.js';
import { decideDevice } from './decide.js';
import type { DeviceEvent } from './events.js';
import { evolveDevice, initialDeviceState, type DeviceState } from './state.js';
import { devicePersonalFields } from './personalFields.js';

export type {
  DeviceCommand,
  RegisterDevice,
  UpdateDevice,
  RemoveDevice,
  SignInOnDevice,
  RegisterDeviceKey,
  SignInAgainOnDevice,
  ReleasePushTarget,
  InvalidatePushTarget,
  SubscribeDeviceToTopic,
  UnsubscribeDeviceFromTopic,
} from './commands.js';
export type {
  DeviceEvent,
  DeviceRegistered,
  DeviceUpdated,
  DeviceRemoved,
  DeviceSignedIn,
  DeviceKeyRegistered,
  PushTargetRegistered,
  PushTargetMoved,
  PushTargetInvalidated,
  DeviceSubscribedToTopic,
  DeviceUnsubscribedFromTopic,
  DeviceAttributes,
  Platform,
} from './events.js';
export type { DeviceState } from './state.js';
export {
  pushTargetFromToken,
  pushTargetKey,
  pushTargetTypeOf,
  pushTokenOf,
  type PushTarget,
} from './pushTarget.js';

export { deviceUpcasters } from './upcasters.js';

export const DEVICE_CATEGORY = 'device';
export { devicePersonalFields } from './personalFields.js';
/** Every event type of the stream, one entry each (from its personal fields). */
export const DEVICE_EVENT_TYPES = eventTypesOf(devicePersonalFields);

export const deviceDecider: Decider<DeviceCommand, DeviceEvent, DeviceState> = {
  eventTypes: DEVICE_EVENT_TYPES,
  decide: decideDevice,
  evolve: evolveDevice,
  initialState: initialDeviceState,
};
