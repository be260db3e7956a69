import { describe, expect, it } from 'vitest';
import { deciderSpec } from '../../test/support/deciderSpec.js';
import {
  deviceDecider,
  pushTargetKey,
  type DeviceCommand,
  type DeviceEvent,
  type PushTarget,
} from './index.js';

const now = '2026-01-01T00:00:00.000Z';
const metadata = { now, userId: 'alice' };
const apns: PushTarget = {
  type: 'apns',
  token: 'ab'.repeat(32),
  environment: 'sandbox',
  bundleId: 'app.ann',
};
const fcm: PushTarget = { type: 'fcm', token: 'fcm-token-1' };
const web: PushTarget = {
  type: 'webpush',
  endpoint: 'https://push.example/sub/1',
  keys: { p256dh: 'B'.repeat(87), auth: 'A'.repeat(22) },
};
const device = (platform: 'ios' | 'android' | 'web', deviceId = 'd1', userId = 'alice'): DeviceEvent => ({
  type: 'DeviceRegistered',
  data: {
    platform,
    pushToken: null,
    appVersion: '1.0',
    locale: 'en',
    timezone: 'UTC',
    osVersion: null,
    model: null,
    name: null,
    deviceId,
    userId,
    registeredAt: now,
  },
});
const targetOn = (target: PushTarget, deviceId = 'd1', userId = 'alice'): DeviceEvent => ({
  type: 'PushTargetRegistered',
  data: { deviceId, userId, target, at: now },
});
const update = (
  data: Omit<Extract<DeviceCommand, { type: 'UpdateDevice' }>['data'], 'deviceId'>,
): DeviceCommand => ({
  type: 'UpdateDevice',
  data: { deviceId: 'd1', ...data },
  metadata,
});

const { given } = deciderSpec(deviceDecider);

describe('device decider: push targets', () => {
  it('when a device is registered with a structured target, it should record the device, then the target', () => {
    given()
      .when({
        type: 'RegisterDevice',
        data: {
          platform: 'ios',
          pushToken: null,
          pushTarget: apns,
          appVersion: '1.0',
          locale: 'en',
          timezone: 'UTC',
          deviceId: 'd1',
        },
        metadata,
      })
      .thenEvents([device('ios'), targetOn(apns)]);
  });

  it('when an old client sends only pushToken, it should be read as the target of its platform', () => {
    given(device('android'))
      .when(update({ pushToken: 'fcm-token-1' }))
      .thenEvents([targetOn(fcm)]);
    given(device('ios'))
      .when(update({ pushToken: 'cafe' }))
      .thenEvents([targetOn({ type: 'apns', token: 'cafe' })]);
    given(device('web'))
      .when(update({ pushToken: JSON.stringify({ endpoint: web.endpoint, keys: web.keys }) }))
      .thenEvents([targetOn(web)]);
  });

  it('when a web pushToken is not a subscription, or a target is of another platform, it should be refused', () => {
    given(device('web'))
      .when(update({ pushToken: 'not json' }))
      .thenThrows({ code: 'invalid', reason: 'push_target_invalid' });
    given(device('android'))
      .when(update({ pushTarget: apns }))
      .thenThrows({ code: 'invalid', reason: 'push_target_platform' });
    given(device('ios'), targetOn(apns))
      .when(update({ platform: 'android' }))
      .thenThrows({ code: 'invalid', reason: 'push_target_platform' });
  });

  it('when the token is refreshed, it should be an event; the same target again should append nothing', () => {
    const fresh: PushTarget = { ...apns, token: 'cd'.repeat(32) };
    given(device('ios'), targetOn(apns))
      .when(update({ pushTarget: fresh }))
      .thenEvents([targetOn(fresh)]);
    given(device('ios'), targetOn(apns))
      .when(update({ pushTarget: { ...apns } }))
      .thenEvents([]);
    given(device('ios'), targetOn(apns))
      .when(update({ pushTarget: { ...apns, environment: 'production' } }))
      .thenEvents([targetOn({ ...apns, environment: 'production' })]);
  });

  it('when a known install signs in with a refreshed token, it should register the new target with the sign-in', () => {
    const signIn: DeviceCommand = {
      type: 'SignInOnDevice',
      data: {
        platform: 'android',
        pushToken: null,
        pushTarget: { type: 'fcm', token: 'fcm-token-2' },
        appVersion: '1.0',
        locale: 'en',
        timezone: 'UTC',
        deviceId: 'd1',
        fingerprint: 'f',
        sessionId: 's2',
        method: 'password',
      },
      metadata,
    };
    const events = given(device('android'), targetOn(fcm)).when(signIn).events();
    expect(events.map((e) => e.type)).toEqual(['DeviceSignedIn', 'PushTargetRegistered']);
  });

  it('when the workflow moves the target to another device, the holder should lose it, whoever owns it; a stale release should do nothing', () => {
    const release = (targetKey: string, toDeviceId = 'd2'): DeviceCommand => ({
      type: 'ReleasePushTarget',
      data: { deviceId: 'd1', targetKey, toDeviceId },
      metadata: { now, userId: 'bob' },
    });
    given(device('android'), targetOn(fcm))
      .when(release(pushTargetKey(fcm)))
      .thenEvents([
        { type: 'PushTargetMoved', data: { deviceId: 'd1', userId: 'alice', toDeviceId: 'd2', at: now } },
      ]);
    const moved = given(
      device('android'),
      targetOn(fcm),
      ...given(device('android'), targetOn(fcm))
        .when(release(pushTargetKey(fcm)))
        .events(),
    );
    expect(moved.state()).toMatchObject({ target: null, pushToken: null });
    given(device('android'), targetOn({ type: 'fcm', token: 'newer' }))
      .when(release(pushTargetKey(fcm)))
      .thenEvents([]);
    given(device('android'), targetOn(fcm))
      .when(release(pushTargetKey(fcm), 'd1'))
      .thenEvents([]);
  });

  it('when the provider refuses the token the device holds, it should be invalidated once; a refusal of a replaced token should do nothing', () => {
    const invalidate = (pushToken: string): DeviceCommand => ({
      type: 'InvalidatePushTarget',
      data: { deviceId: 'd1', pushToken, reason: 'UNREGISTERED' },
      metadata: { now },
    });
    const invalidated: DeviceEvent = {
      type: 'PushTargetInvalidated',
      data: { deviceId: 'd1', userId: 'alice', reason: 'UNREGISTERED', at: now },
    };
    given(device('android'), targetOn(fcm)).when(invalidate('fcm-token-1')).thenEvents([invalidated]);
    given(device('android'), targetOn(fcm), invalidated).when(invalidate('fcm-token-1')).thenEvents([]);
    given(device('android'), targetOn(fcm), targetOn({ type: 'fcm', token: 'newer' }))
      .when(invalidate('fcm-token-1'))
      .thenEvents([]);
    // Registering the same token again after a refusal is a new registration.
    given(device('android'), targetOn(fcm), invalidated)
      .when(update({ pushTarget: fcm }))
      .thenEvents([targetOn(fcm)]);
  });
});
