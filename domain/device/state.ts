import type { DeviceAttributes, DeviceEvent } from './events.js';
import { pushTargetFromToken, pushTokenOf, type PushTarget } from './pushTarget.js';

export type DeviceState =
  | { status: 'none' }
  | ({
      status: 'active';
      deviceId: string;
      userId: string;
      sessionId: string | null;
      publicKey?: { x: string; y: string };
      /** Where its pushes go; null without one, or once moved to another device or refused. */
      target: PushTarget | null;
      /** The topics it is subscribed to, in the order subscribed. */
      topics: readonly string[];
    } & DeviceAttributes)
  | { status: 'removed'; deviceId: string; userId: string };

export const initialDeviceState = (): DeviceState => ({ status: 'none' });

/** The target an old-style `pushToken` of these events names (null: none, or not one). */
const targetOf = (platform: DeviceAttributes['platform'], pushToken: string | null | undefined) =>
  pushToken ? (pushTargetFromToken(platform, pushToken) ?? null) : null;

export function evolveDevice(state: DeviceState, event: DeviceEvent): DeviceState {
  switch (event.type) {
    case 'DeviceRegistered': {
      const {
        registeredAt: _registeredAt,
        fingerprint: _fingerprint,
        signInMethod: _signInMethod,
        sessionId,
        ...device
      } = event.data;
      return {
        status: 'active',
        ...device,
        sessionId: sessionId ?? null,
        target: targetOf(device.platform, device.pushToken),
        topics: [],
      };
    }
    case 'DeviceUpdated': {
      if (state.status !== 'active') return state;
      const { updatedAt: _updatedAt, ...changes } = event.data;
      const next = { ...state, ...changes };
      return changes.pushToken === undefined
        ? next
        : { ...next, target: targetOf(next.platform, changes.pushToken) };
    }
    case 'DeviceKeyRegistered':
      return state.status === 'active' ? { ...state, publicKey: event.data.publicKey } : state;
    case 'DeviceSignedIn':
      return state.status === 'active' ? { ...state, sessionId: event.data.sessionId } : state;
    case 'DeviceRemoved':
      return { status: 'removed', deviceId: event.data.deviceId, userId: event.data.userId };
    case 'PushTargetRegistered': {
      if (state.status !== 'active') return state;
      // Null once erased (crypto-shredded): no target any more.
      const target = (event.data.target as PushTarget | null) ?? null;
      return { ...state, target, pushToken: target ? pushTokenOf(target) : null };
    }
    case 'DeviceSubscribedToTopic':
      return state.status === 'active' ? { ...state, topics: [...state.topics, event.data.topic] } : state;
    case 'DeviceUnsubscribedFromTopic':
      return state.status === 'active'
        ? { ...state, topics: state.topics.filter((t) => t !== event.data.topic) }
        : state;
    case 'PushTargetMoved':
    case 'PushTargetInvalidated':
      return state.status === 'active' ? { ...state, target: null, pushToken: null } : state;
  }
}
