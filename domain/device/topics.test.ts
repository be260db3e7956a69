import { describe, expect, it } from 'vitest';
import { deciderSpec } from '../../test/support/deciderSpec.js';
import { deviceDecider, type DeviceCommand, type DeviceEvent } from './index.js';

const now = '2026-01-01T00:00:00.000Z';
const registered: DeviceEvent = {
  type: 'DeviceRegistered',
  data: {
    platform: 'android',
    pushToken: null,
    appVersion: '1.0',
    locale: 'en',
    timezone: 'UTC',
    osVersion: null,
    model: null,
    name: null,
    deviceId: 'd1',
    userId: 'alice',
    registeredAt: now,
  },
};
const subscribed: DeviceEvent = {
  type: 'DeviceSubscribedToTopic',
  data: { deviceId: 'd1', userId: 'alice', topic: 'news', at: now },
};
const command = (
  type: 'SubscribeDeviceToTopic' | 'UnsubscribeDeviceFromTopic',
  userId = 'alice',
): DeviceCommand => ({ type, data: { deviceId: 'd1', topic: 'news' }, metadata: { now, userId } });

const { given } = deciderSpec(deviceDecider);

describe('device topics', () => {
  it('when the owner subscribes, it should record it; again, nothing', () => {
    expect(given(registered).when(command('SubscribeDeviceToTopic')).events()).toEqual([subscribed]);
    expect(given(registered, subscribed).when(command('SubscribeDeviceToTopic')).events()).toEqual([]);
  });

  it('when the owner unsubscribes, it should record it; from a topic not joined, nothing', () => {
    expect(given(registered, subscribed).when(command('UnsubscribeDeviceFromTopic')).events()).toEqual([
      { ...subscribed, type: 'DeviceUnsubscribedFromTopic' },
    ]);
    expect(given(registered).when(command('UnsubscribeDeviceFromTopic')).events()).toEqual([]);
  });

  it('when another user, nobody, or a removed or unknown device is named, it should answer like a missing device', () => {
    given(registered).when(command('SubscribeDeviceToTopic', 'bob')).thenThrows({ code: 'not_found' });
    given(registered, subscribed)
      .when(command('UnsubscribeDeviceFromTopic', 'bob'))
      .thenThrows({ code: 'not_found' });
    given().when(command('SubscribeDeviceToTopic')).thenThrows({ code: 'not_found' });
    given(registered, {
      type: 'DeviceRemoved',
      data: { deviceId: 'd1', userId: 'alice', removedAt: now },
    })
      .when(command('SubscribeDeviceToTopic'))
      .thenThrows({ code: 'not_found' });
    given(registered)
      .when({ type: 'SubscribeDeviceToTopic', data: { deviceId: 'd1', topic: 'news' }, metadata: { now } })
      .thenThrows({ code: 'forbidden' });
  });
});
