import type { DeviceAttributes, DeviceEvent } from './events.js';

export type DeviceState =
  | { status: 'none' }
  | ({
      status: 'active';
      deviceId: string;
      userId: string;
      sessionId: string | null;
      publicKey?: { x: string; y: string };
    } & DeviceAttributes)
  | { status: 'removed'; deviceId: string; userId: string };

export const initialDeviceState = (): DeviceState => ({ status: 'none' });

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
      return { status: 'active', ...device, sessionId: sessionId ?? null };
    }
    case 'DeviceUpdated': {
      if (state.status !== 'active') return state;
      const { updatedAt: _updatedAt, ...changes } = event.data;
      return { ...state, ...changes };
    }
    case 'DeviceKeyRegistered':
      return state.status === 'active' ? { ...state, publicKey: event.data.publicKey } : state;
    case 'DeviceSignedIn':
      return state.status === 'active' ? { ...state, sessionId: event.data.sessionId } : state;
    case 'DeviceRemoved':
      return { status: 'removed', deviceId: event.data.deviceId, userId: event.data.userId };
  }
}
