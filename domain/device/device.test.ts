import { describe, expect, it } from 'vitest';
import { deciderSpec } from '../../test/support/deciderSpec.js';
import { deviceDecider, type DeviceCommand, type DeviceEvent } from './index.js';

const now = '2026-01-01T00:00:00.000Z';
const attrs = {
  platform: 'ios',
  pushToken: 'tok',
  appVersion: '1.0',
  locale: 'en',
  timezone: 'UTC',
  osVersion: null,
  model: null,
  name: null,
} as const;
const registered: DeviceEvent = {
  type: 'DeviceRegistered',
  data: { ...attrs, deviceId: 'd1', userId: 'alice', registeredAt: now },
};

const { given } = deciderSpec(deviceDecider);

describe('device decider', () => {
  it('when a signed-in user registers a new device, it should record it for that user', () => {
    const events = given()
      .when({
        type: 'RegisterDevice',
        data: { ...attrs, deviceId: 'd1' },
        metadata: { now, userId: 'alice' },
      })
      .events();
    expect(events).toEqual([
      { type: 'DeviceRegistered', data: { ...registered.data, pushToken: null } },
      {
        type: 'PushTargetRegistered',
        data: { deviceId: 'd1', userId: 'alice', target: { type: 'apns', token: 'tok' }, at: now },
      },
    ]);
  });

  it('when the app sends no os version, model or name, the registration should name them as null (DeviceRegistered v2)', () => {
    const { osVersion: _o, model: _m, name: _n, ...bare } = attrs;
    const events = given()
      .when({
        type: 'RegisterDevice',
        data: { ...bare, deviceId: 'd1' },
        metadata: { now, userId: 'alice' },
      })
      .events();
    expect(events[0]?.data).toMatchObject({ osVersion: null, model: null, name: null });
  });

  it('when only changed fields are sent, the update should carry just those', () => {
    const events = given(registered)
      .when({
        type: 'UpdateDevice',
        data: { deviceId: 'd1', appVersion: '1.1', locale: 'en' },
        metadata: { now, userId: 'alice' },
      })
      .events();
    expect(events).toEqual([
      { type: 'DeviceUpdated', data: { appVersion: '1.1', deviceId: 'd1', userId: 'alice', updatedAt: now } },
    ]);
  });

  it('when nothing changes, the update should be an idempotent no-op', () => {
    const events = given(registered)
      .when({
        type: 'UpdateDevice',
        data: { deviceId: 'd1', appVersion: '1.0' },
        metadata: { now, userId: 'alice' },
      })
      .events();
    expect(events).toEqual([]);
  });

  it('when another user touches the device, it should answer not found, like a missing device', () => {
    for (const command of [
      { type: 'UpdateDevice', data: { deviceId: 'd1', locale: 'fr' }, metadata: { now, userId: 'mallory' } },
      { type: 'RemoveDevice', data: { deviceId: 'd1' }, metadata: { now, userId: 'mallory' } },
    ] as DeviceCommand[]) {
      given(registered).when(command).thenThrows({ code: 'not_found', reason: 'device_not_found' });
    }
  });

  it('when removed twice, the second removal should append nothing', () => {
    const removed: DeviceEvent = {
      type: 'DeviceRemoved',
      data: { deviceId: 'd1', userId: 'alice', removedAt: now, endedSessionId: null },
    };
    const command: DeviceCommand = {
      type: 'RemoveDevice',
      data: { deviceId: 'd1' },
      metadata: { now, userId: 'alice' },
    };
    expect(given(registered).when(command).events()).toEqual([removed]);
    expect(given(registered, removed).when(command).events()).toEqual([]);
  });

  it('when an install signs in, it should be registered once, then move from session to session, and come back after revocation', () => {
    const signIn = (sessionId: string, user = 'alice'): DeviceCommand => ({
      type: 'SignInOnDevice',
      data: { ...attrs, deviceId: 'd1', fingerprint: 'f1', sessionId, method: 'password' },
      metadata: { now, userId: user },
    });
    const first = given().when(signIn('s1')).events();
    expect(first).toEqual([
      {
        type: 'DeviceRegistered',
        data: {
          ...attrs,
          pushToken: null,
          deviceId: 'd1',
          userId: 'alice',
          registeredAt: now,
          fingerprint: 'f1',
          sessionId: 's1',
          signInMethod: 'password',
        },
      },
      {
        type: 'PushTargetRegistered',
        data: { deviceId: 'd1', userId: 'alice', target: { type: 'apns', token: 'tok' }, at: now },
      },
    ]);
    expect(
      given(...first)
        .when(signIn('s2'))
        .events(),
    ).toEqual([
      {
        type: 'DeviceSignedIn',
        data: {
          deviceId: 'd1',
          userId: 'alice',
          sessionId: 's2',
          replacedSessionId: 's1',
          signInMethod: 'password',
          at: now,
        },
      },
    ]);
    expect(
      given(...first)
        .when(signIn('s1'))
        .events(),
    ).toEqual([]);
    const removed: DeviceEvent = {
      type: 'DeviceRemoved',
      data: { deviceId: 'd1', userId: 'alice', removedAt: now, endedSessionId: 's1' },
    };
    expect(
      given(...first, removed)
        .when(signIn('s3'))
        .events()[0]?.type,
    ).toBe('DeviceRegistered');
    given(...first)
      .when(signIn('s9', 'mallory'))
      .thenThrows({ code: 'not_found' });
  });
});
