import { describe, expect, it } from 'vitest';
import type { DomainError } from '../shared/index.js';
import { deviceDecider, type DeviceCommand, type DeviceEvent } from './index.js';

const now = '2026-01-01T00:00:00.000Z';
const attrs = {
  platform: 'ios',
  pushToken: 'tok',
  appVersion: '1.0',
  locale: 'en',
  timezone: 'UTC',
} as const;
const registered: DeviceEvent = {
  type: 'DeviceRegistered',
  data: { ...attrs, deviceId: 'd1', userId: 'alice', registeredAt: now },
};

function given(events: DeviceEvent[]) {
  const state = events.reduce(deviceDecider.evolve, deviceDecider.initialState());
  return { when: (command: DeviceCommand) => () => deviceDecider.decide(command, state) };
}

describe('device decider', () => {
  it('when a signed-in user registers a new device, it should record it for that user', () => {
    const events = given([]).when({
      type: 'RegisterDevice',
      data: { ...attrs, deviceId: 'd1' },
      metadata: { now, userId: 'alice' },
    })();
    expect(events).toEqual([registered]);
  });

  it('when only changed fields are sent, the update should carry just those', () => {
    const events = given([registered]).when({
      type: 'UpdateDevice',
      data: { deviceId: 'd1', appVersion: '1.1', locale: 'en' },
      metadata: { now, userId: 'alice' },
    })();
    expect(events).toEqual([
      { type: 'DeviceUpdated', data: { appVersion: '1.1', deviceId: 'd1', userId: 'alice', updatedAt: now } },
    ]);
  });

  it('when nothing changes, the update should be an idempotent no-op', () => {
    const events = given([registered]).when({
      type: 'UpdateDevice',
      data: { deviceId: 'd1', appVersion: '1.0' },
      metadata: { now, userId: 'alice' },
    })();
    expect(events).toEqual([]);
  });

  it('when another user touches the device, it should answer not found, like a missing device', () => {
    for (const command of [
      { type: 'UpdateDevice', data: { deviceId: 'd1', locale: 'fr' }, metadata: { now, userId: 'mallory' } },
      { type: 'RemoveDevice', data: { deviceId: 'd1' }, metadata: { now, userId: 'mallory' } },
    ] as DeviceCommand[]) {
      expect(given([registered]).when(command)).toThrow(
        expect.objectContaining({ code: 'not_found', reason: 'device_not_found' }) as DomainError,
      );
    }
  });

  it('when removed twice, the second removal should append nothing', () => {
    const removed: DeviceEvent = {
      type: 'DeviceRemoved',
      data: { deviceId: 'd1', userId: 'alice', removedAt: now },
    };
    const command: DeviceCommand = {
      type: 'RemoveDevice',
      data: { deviceId: 'd1' },
      metadata: { now, userId: 'alice' },
    };
    expect(given([registered]).when(command)()).toEqual([removed]);
    expect(given([registered, removed]).when(command)()).toEqual([]);
  });
});
