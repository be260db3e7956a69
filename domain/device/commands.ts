import type { DomainCommand } from '../shared/index.js';
import type { SignInMethod } from '../user/index.js';
import type { DeviceAttributes } from './events.js';
import type { PushTarget } from './pushTarget.js';

/**
 * `pushTarget`: the structured target; without it, a `pushToken` string is read as an old
 * client's target on the device's platform (see pushTargetFromToken).
 */
interface WithTarget {
  pushTarget?: PushTarget;
}

export type RegisterDevice = DomainCommand<
  'RegisterDevice',
  DeviceAttributes & WithTarget & { deviceId: string }
>;
/** `pushToken: null` (without `pushTarget`) clears the target. */
export type UpdateDevice = DomainCommand<
  'UpdateDevice',
  Partial<DeviceAttributes> & WithTarget & { deviceId: string }
>;
export type RemoveDevice = DomainCommand<'RemoveDevice', { deviceId: string }>;
/** A sign-in from this install: registers the device the first time (or after it was revoked). */
export type SignInOnDevice = DomainCommand<
  'SignInOnDevice',
  DeviceAttributes &
    WithTarget & { deviceId: string; fingerprint: string; sessionId: string; method: SignInMethod }
>;

export type RegisterDeviceKey = DomainCommand<
  'RegisterDeviceKey',
  { deviceId: string; publicKey: { x: string; y: string } }
>;
/** A sign-in that proves it is this known device (its key): the device moves to the new session. */
export type SignInAgainOnDevice = DomainCommand<
  'SignInAgainOnDevice',
  { deviceId: string; sessionId: string; method: SignInMethod }
>;

/**
 * The workflow that moves a target (`targetKey`, see pushTargetKey) to `toDeviceId` takes it from
 * this device, whoever owns it; nothing when this device holds another target by now.
 */
export type ReleasePushTarget = DomainCommand<
  'ReleasePushTarget',
  { deviceId: string; targetKey: string; toDeviceId: string }
>;
/**
 * The push sender heard `reason` from the provider for `pushToken` (as it was sent): the target
 * is dropped, unless the device holds another one by now.
 */
export type InvalidatePushTarget = DomainCommand<
  'InvalidatePushTarget',
  { deviceId: string; pushToken: string; reason: string }
>;

/** The device's owner subscribes it to a declared topic (the route checks the topic and who may). */
export type SubscribeDeviceToTopic = DomainCommand<
  'SubscribeDeviceToTopic',
  { deviceId: string; topic: string }
>;
export type UnsubscribeDeviceFromTopic = DomainCommand<
  'UnsubscribeDeviceFromTopic',
  { deviceId: string; topic: string }
>;

export type DeviceCommand =
  | SubscribeDeviceToTopic
  | UnsubscribeDeviceFromTopic
  | RegisterDevice
  | UpdateDevice
  | RemoveDevice
  | SignInOnDevice
  | RegisterDeviceKey
  | SignInAgainOnDevice
  | ReleasePushTarget
  | InvalidatePushTarget;
