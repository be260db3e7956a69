import type { DomainEvent } from '../shared/index.js';

export type Platform = 'ios' | 'android' | 'web';

export interface DeviceAttributes {
  platform: Platform;
  pushToken: string | null;
  appVersion: string;
  locale: string;
  timezone: string;
}

export type DeviceRegistered = DomainEvent<
  'DeviceRegistered',
  DeviceAttributes & { deviceId: string; userId: string; registeredAt: string }
>;
export type DeviceUpdated = DomainEvent<
  'DeviceUpdated',
  Partial<DeviceAttributes> & { deviceId: string; userId: string; updatedAt: string }
>;
export type DeviceRemoved = DomainEvent<
  'DeviceRemoved',
  { deviceId: string; userId: string; removedAt: string }
>;

export type DeviceEvent = DeviceRegistered | DeviceUpdated | DeviceRemoved;
