import type { DomainEvent } from '../shared/index.js';
import type { SignInMethod } from '../user/index.js';
import type { PushTarget } from './pushTarget.js';

export type Platform = 'ios' | 'android' | 'web';

export interface DeviceAttributes {
  platform: Platform;
  pushToken: string | null;
  appVersion: string;
  locale: string;
  timezone: string;
  /** Added with the devices list; absent on devices registered before it. */
  osVersion?: string | null;
  model?: string | null;
  /** The user's own name for the device ("Ann's iPad"). */
  name?: string | null;
}

/**
 * Schema version 2: `osVersion`, `model` and `name` are always there (null when the app sent
 * none). Version 1 events, stored before the devices list, lack them and are upcast on read
 * (see upcasters.ts).
 *
 * `fingerprint`: a hash of the stable attributes the app sent at sign-in (install id, platform,
 * model); the device id derives from it, so one install is one device across sign-ins.
 * `sessionId`/`signInMethod`: the sign-in that brought the device (absent when registered while
 * already signed in).
 */
export type DeviceRegistered = DomainEvent<
  'DeviceRegistered',
  DeviceAttributes &
    Required<Pick<DeviceAttributes, 'osVersion' | 'model' | 'name'>> & {
      deviceId: string;
      userId: string;
      registeredAt: string;
      fingerprint?: string | null;
      sessionId?: string;
      signInMethod?: SignInMethod;
    }
>;
export type DeviceUpdated = DomainEvent<
  'DeviceUpdated',
  Partial<DeviceAttributes> & { deviceId: string; userId: string; updatedAt: string }
>;
export type DeviceRemoved = DomainEvent<
  'DeviceRemoved',
  { deviceId: string; userId: string; removedAt: string; endedSessionId?: string | null }
>;
/** A known, active device signed in again: its session is now `sessionId` (the one before ends). */
export type DeviceSignedIn = DomainEvent<
  'DeviceSignedIn',
  {
    deviceId: string;
    userId: string;
    sessionId: string;
    replacedSessionId: string | null;
    signInMethod: SignInMethod;
    at: string;
  }
>;

/** A P-256 public key (JWK x/y) whose private half lives in the device's secure hardware. */
export type DeviceKeyRegistered = DomainEvent<
  'DeviceKeyRegistered',
  { deviceId: string; userId: string; publicKey: { x: string; y: string }; at: string }
>;

/**
 * The device's push target, registered or refreshed (a new token, a renewed subscription). A
 * registration with a target is `DeviceRegistered` (its `pushToken` null) followed by this event.
 */
export type PushTargetRegistered = DomainEvent<
  'PushTargetRegistered',
  { deviceId: string; userId: string; target: PushTarget; at: string }
>;
/** Another device registered this device's target: it is that one's now (a token is held once). */
export type PushTargetMoved = DomainEvent<
  'PushTargetMoved',
  { deviceId: string; userId: string; toDeviceId: string; at: string }
>;
/** The provider refused the target for good (`reason`, as it said it): nothing is sent to it again. */
export type PushTargetInvalidated = DomainEvent<
  'PushTargetInvalidated',
  { deviceId: string; userId: string; reason: string; at: string }
>;

/** The device gets pushes sent to `topic` (a topic the app declares). */
export type DeviceSubscribedToTopic = DomainEvent<
  'DeviceSubscribedToTopic',
  { deviceId: string; userId: string; topic: string; at: string }
>;

export type DeviceUnsubscribedFromTopic = DomainEvent<
  'DeviceUnsubscribedFromTopic',
  { deviceId: string; userId: string; topic: string; at: string }
>;

export type DeviceEvent =
  | DeviceSubscribedToTopic
  | DeviceUnsubscribedFromTopic
  | DeviceRegistered
  | DeviceUpdated
  | DeviceRemoved
  | DeviceSignedIn
  | DeviceKeyRegistered
  | PushTargetRegistered
  | PushTargetMoved
  | PushTargetInvalidated;
