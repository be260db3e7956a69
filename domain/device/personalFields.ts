import type { PersonalFields } from '../shared/index.js';
import type { DeviceEvent } from './events.js';

/** The personal data in each device event (see domain/privacy). */
export const devicePersonalFields = {
  DeviceRegistered: ['pushToken', 'model', 'name'],
  DeviceUpdated: ['pushToken', 'model', 'name'],
  DeviceRemoved: [],
  DeviceSignedIn: [],
  DeviceKeyRegistered: [],
  PushTargetRegistered: ['target'],
  PushTargetMoved: [],
  PushTargetInvalidated: [],
  DeviceSubscribedToTopic: [],
  DeviceUnsubscribedFromTopic: [],
} satisfies PersonalFields<DeviceEvent>;
