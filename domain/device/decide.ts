import { DomainError } from '../shared/index.js';
import type {
  DeviceCommand,
  InvalidatePushTarget,
  RegisterDevice,
  RegisterDeviceKey,
  ReleasePushTarget,
  RemoveDevice,
  SignInAgainOnDevice,
  SignInOnDevice,
  SubscribeDeviceToTopic,
  UnsubscribeDeviceFromTopic,
  UpdateDevice,
} from './commands.js';
import type { DeviceAttributes, DeviceEvent, Platform } from './events.js';
import {
  pushTargetFromToken,
  pushTargetKey,
  pushTargetTypeOf,
  pushTokenOf,
  type PushTarget,
} from './pushTarget.js';
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

const invalidTarget = (reason: string, message: string) => new DomainError('invalid', reason, message);

/**
 * The target a command asks for on `platform`: `pushTarget`, else an old client's `pushToken`
 * (null clears it); undefined when it names none. A target of another platform is refused.
 */
function requestedTarget(
  platform: Platform,
  data: { pushTarget?: PushTarget; pushToken?: string | null },
): PushTarget | null | undefined {
  if (data.pushTarget) {
    if (data.pushTarget.type !== pushTargetTypeOf(platform))
      throw invalidTarget(
        'push_target_platform',
        `A ${platform} device takes a ${pushTargetTypeOf(platform)} push target`,
      );
    return data.pushTarget;
  }
  if (data.pushToken === undefined || data.pushToken === null) return data.pushToken;
  const target = pushTargetFromToken(platform, data.pushToken);
  if (!target) throw invalidTarget('push_target_invalid', 'pushToken is not a Web Push subscription (JSON)');
  return target;
}

const sameTarget = (a: PushTarget | null, b: PushTarget) =>
  a !== null &&
  a.type === b.type &&
  pushTokenOf(a) === pushTokenOf(b) &&
  (a.type !== 'apns' || (b.type === 'apns' && a.environment === b.environment && a.bundleId === b.bundleId));

/** The event that gives the device `target`, unless it holds it already. */
const registerTarget = (
  state: DeviceState,
  ids: { deviceId: string; userId: string },
  target: PushTarget | null | undefined,
  at: string,
): DeviceEvent[] =>
  target && !(state.status === 'active' && sameTarget(state.target, target))
    ? [{ type: 'PushTargetRegistered', data: { ...ids, target, at } }]
    : [];

const register = (command: RegisterDevice, state: DeviceState): DeviceEvent[] => {
  const userId = actor(command);
  if (state.status !== 'none') {
    if (state.userId !== userId) throw notFound();
    throw new DomainError('conflict', 'device_exists', 'Device already registered');
  }
  const { pushTarget: _pushTarget, ...attributes } = command.data;
  const target = requestedTarget(attributes.platform, command.data);
  const now = command.metadata.now;
  return [
    {
      type: 'DeviceRegistered',
      data: { ...described(attributes), pushToken: null, userId, registeredAt: now },
    },
    ...registerTarget(state, { deviceId: attributes.deviceId, userId }, target, now),
  ];
};

const update = (command: UpdateDevice, state: DeviceState): DeviceEvent[] => {
  const userId = actor(command);
  if (state.status !== 'active' || state.userId !== userId) throw notFound();
  const { deviceId, pushTarget: _pushTarget, pushToken: _pushToken, ...requested } = command.data;
  const platform = requested.platform ?? state.platform;
  const target = requestedTarget(platform, command.data);
  const kept = target === undefined ? state.target : target;
  if (kept && kept.type !== pushTargetTypeOf(platform))
    throw invalidTarget(
      'push_target_platform',
      `A ${platform} device takes a ${pushTargetTypeOf(platform)} push target`,
    );
  const changes: Partial<DeviceAttributes> = {};
  for (const [key, value] of Object.entries(requested) as [keyof DeviceAttributes, never][]) {
    if (value !== undefined && state[key] !== value) changes[key] = value;
  }
  if (target === null && state.pushToken !== null) changes.pushToken = null;
  const now = command.metadata.now;
  return [
    ...(Object.keys(changes).length === 0
      ? []
      : [{ type: 'DeviceUpdated' as const, data: { ...changes, deviceId, userId, updatedAt: now } }]),
    ...registerTarget(state, { deviceId, userId }, target, now),
  ];
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
  const { sessionId, method, fingerprint, pushTarget: _pushTarget, ...attributes } = command.data;
  const now = command.metadata.now;
  const target = requestedTarget(attributes.platform, command.data);
  if (state.status === 'active') {
    if (state.sessionId === sessionId) return [];
    // A sign-in that brings a new target (a refreshed token) registers it too.
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
      ...registerTarget(state, { deviceId: state.deviceId, userId }, target, now),
    ];
  }
  return [
    {
      type: 'DeviceRegistered',
      data: {
        ...described(attributes),
        pushToken: null,
        userId,
        registeredAt: now,
        fingerprint,
        sessionId,
        signInMethod: method,
      },
    },
    ...registerTarget(state, { deviceId: attributes.deviceId, userId }, target, now),
  ];
};

/** Whoever owns the device (a workflow moving a target, the push sender): no actor check. */
const releaseTarget = (command: ReleasePushTarget, state: DeviceState): DeviceEvent[] => {
  const { targetKey, toDeviceId } = command.data;
  if (state.status !== 'active' || !state.target || state.deviceId === toDeviceId) return [];
  if (pushTargetKey(state.target) !== targetKey) return [];
  return [
    {
      type: 'PushTargetMoved',
      data: { deviceId: state.deviceId, userId: state.userId, toDeviceId, at: command.metadata.now },
    },
  ];
};

const invalidateTarget = (command: InvalidatePushTarget, state: DeviceState): DeviceEvent[] => {
  if (state.status !== 'active' || state.pushToken === null) return [];
  const { pushToken, reason } = command.data;
  const sent = pushTargetFromToken(state.platform, pushToken);
  const current =
    state.pushToken === pushToken ||
    (sent !== undefined && state.target !== null && pushTargetKey(sent) === pushTargetKey(state.target));
  // A refusal of a target the device has replaced since says nothing of the new one.
  if (!current) return [];
  return [
    {
      type: 'PushTargetInvalidated',
      data: { deviceId: state.deviceId, userId: state.userId, reason, at: command.metadata.now },
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

/** Only the owner of an active device; subscribing twice (or leaving a topic not joined) is nothing. */
const topic = (
  command: SubscribeDeviceToTopic | UnsubscribeDeviceFromTopic,
  state: DeviceState,
): DeviceEvent[] => {
  const userId = actor(command);
  if (state.status !== 'active' || state.userId !== userId) throw notFound();
  const { topic: name } = command.data;
  const subscribing = command.type === 'SubscribeDeviceToTopic';
  if (state.topics.includes(name) === subscribing) return [];
  const data = { deviceId: state.deviceId, userId, topic: name, at: command.metadata.now };
  return [
    subscribing ? { type: 'DeviceSubscribedToTopic', data } : { type: 'DeviceUnsubscribedFromTopic', data },
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
    case 'ReleasePushTarget':
      return releaseTarget(command, state);
    case 'InvalidatePushTarget':
      return invalidateTarget(command, state);
    case 'SubscribeDeviceToTopic':
    case 'UnsubscribeDeviceFromTopic':
      return topic(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown command ${(unknown as DeviceCommand).type}`);
    }
  }
}
