import { DomainError } from '../shared/index.js';
import type {
  DeviceCommand,
  RegisterDevice,
  RegisterDeviceKey,
  RemoveDevice,
  SignInAgainOnDevice,
  SignInOnDevice,
  UpdateDevice,
} from './commands.js';
import type { DeviceAttributes, DeviceEvent } from './events.js';
import type { DeviceState } from './state.js';

// Another user's device answers exactly like a missing one: ids must not leak ownership.
const notFound = () => new DomainError('not_found', 'device_not_found', 'Device not found');

function actor(command: DeviceCommand): string {
  const userId = command.metadata.userId;
  if (!userId) throw new DomainError('forbidden', 'unauthenticated', 'A signed-in user is required');
  return userId;
}

/** A registration names every attribute (schema version 2): null for what the app did not send. */
const described = <A extends DeviceAttributes>(attributes: A) => ({
  ...attributes,
  osVersion: attributes.osVersion ?? null,
  model: attributes.model ?? null,
  name: attributes.name ?? null,
});

const register = (command: RegisterDevice, state: DeviceState): DeviceEvent[] => {
  const userId = actor(command);
  if (state.status !== 'none') {
    if (state.userId !== userId) throw notFound();
    throw new DomainError('conflict', 'device_exists', 'Device already registered');
  }
  return [
    {
      type: 'DeviceRegistered',
      data: { ...described(command.data), userId, registeredAt: command.metadata.now },
    },
  ];
};

const update = (command: UpdateDevice, state: DeviceState): DeviceEvent[] => {
  const userId = actor(command);
  if (state.status !== 'active' || state.userId !== userId) throw notFound();
  const { deviceId, ...requested } = command.data;
  const changes: Partial<DeviceAttributes> = {};
  for (const [key, value] of Object.entries(requested) as [keyof DeviceAttributes, never][]) {
    if (value !== undefined && state[key] !== value) changes[key] = value;
  }
  if (Object.keys(changes).length === 0) return [];
  return [{ type: 'DeviceUpdated', data: { ...changes, deviceId, userId, updatedAt: command.metadata.now } }];
};

const remove = (command: RemoveDevice, state: DeviceState): DeviceEvent[] => {
  const userId = actor(command);
  if (state.status === 'none' || state.userId !== userId) throw notFound();
  if (state.status === 'removed') return [];
  return [
    {
      type: 'DeviceRemoved',
      data: {
        deviceId: state.deviceId,
        userId,
        removedAt: command.metadata.now,
        endedSessionId: state.sessionId,
      },
    },
  ];
};

/**
 * One session per device: a sign-in on a known install moves the device to the new session (the
 * caller ends the replaced one); a first sign-in, or one after the device was revoked, registers
 * it, which is what sends the "new sign-in" alert to the user's other devices.
 */
const signInOnDevice = (command: SignInOnDevice, state: DeviceState): DeviceEvent[] => {
  const userId = actor(command);
  if (state.status !== 'none' && state.userId !== userId) throw notFound();
  const { sessionId, method, fingerprint, ...attributes } = command.data;
  const now = command.metadata.now;
  if (state.status === 'active') {
    if (state.sessionId === sessionId) return [];
    return [
      {
        type: 'DeviceSignedIn',
        data: {
          deviceId: state.deviceId,
          userId,
          sessionId,
          replacedSessionId: state.sessionId,
          signInMethod: method,
          at: now,
        },
      },
    ];
  }
  return [
    {
      type: 'DeviceRegistered',
      data: {
        ...described(attributes),
        userId,
        registeredAt: now,
        fingerprint,
        sessionId,
        signInMethod: method,
      },
    },
  ];
};

const registerKey = (command: RegisterDeviceKey, state: DeviceState): DeviceEvent[] => {
  const userId = actor(command);
  if (state.status !== 'active' || state.userId !== userId) throw notFound();
  const { x, y } = command.data.publicKey;
  if (state.publicKey?.x === x && state.publicKey.y === y) return [];
  return [
    {
      type: 'DeviceKeyRegistered',
      data: { deviceId: state.deviceId, userId, publicKey: { x, y }, at: command.metadata.now },
    },
  ];
};

const signInAgain = (command: SignInAgainOnDevice, state: DeviceState): DeviceEvent[] => {
  const userId = actor(command);
  if (state.status !== 'active' || state.userId !== userId) throw notFound();
  if (state.sessionId === command.data.sessionId) return [];
  return [
    {
      type: 'DeviceSignedIn',
      data: {
        deviceId: state.deviceId,
        userId,
        sessionId: command.data.sessionId,
        replacedSessionId: state.sessionId,
        signInMethod: command.data.method,
        at: command.metadata.now,
      },
    },
  ];
};

export function decideDevice(command: DeviceCommand, state: DeviceState): DeviceEvent[] {
  switch (command.type) {
    case 'RegisterDevice':
      return register(command, state);
    case 'UpdateDevice':
      return update(command, state);
    case 'RemoveDevice':
      return remove(command, state);
    case 'SignInOnDevice':
      return signInOnDevice(command, state);
    case 'RegisterDeviceKey':
      return registerKey(command, state);
    case 'SignInAgainOnDevice':
      return signInAgain(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown command ${(unknown as DeviceCommand).type}`);
    }
  }
}
