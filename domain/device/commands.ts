import type { DomainCommand } from '../shared/index.js';
import type { SignInMethod } from '../user/index.js';
import type { DeviceAttributes } from './events.js';

export type RegisterDevice = DomainCommand<'RegisterDevice', DeviceAttributes & { deviceId: string }>;
export type UpdateDevice = DomainCommand<'UpdateDevice', Partial<DeviceAttributes> & { deviceId: string }>;
export type RemoveDevice = DomainCommand<'RemoveDevice', { deviceId: string }>;
/** A sign-in from this install: registers the device the first time (or after it was revoked). */
export type SignInOnDevice = DomainCommand<
  'SignInOnDevice',
  DeviceAttributes & { deviceId: string; fingerprint: string; sessionId: string; method: SignInMethod }
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

export type DeviceCommand =
  RegisterDevice | UpdateDevice | RemoveDevice | SignInOnDevice | RegisterDeviceKey | SignInAgainOnDevice;
